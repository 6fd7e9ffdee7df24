import { PracticeStatusSchema } from './practice-enums';
import { PassportInputSchema, PracticeSlugSchema } from './practice-passport';
import { PracticeActionSchema } from './practice-workflow';
import { ProblemSchema } from './problem';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

/** A passport being written: every field optional, each checked when present. */
export const DraftPassportSchema = PassportInputSchema.omit({ regionCode: true }).partial();
export type DraftPassport = z.infer<typeof DraftPassportSchema>;

/** Body of POST /api/submissions: a new draft. Staff other than coordinators name the region. */
export const CreateDraftBodySchema = z.object({
  regionCode: RegionCodeSchema.optional().describe(
    "Required for moderators and admins; a coordinator's own region otherwise",
  ),
  passport: DraftPassportSchema.default({}),
});

/**
 * Body of PATCH /api/submissions/:id: the fields to change and the revision they were based on.
 * The slug is changed only through PUT /api/submissions/:id/slug (its own rules); a different
 * one here is refused.
 */
export const UpdateDraftBodySchema = z.object({
  revision: z.number().int().min(1),
  passport: DraftPassportSchema,
});

/** Body of PUT /api/submissions/:id/slug: the new page address. */
export const ChangeSlugBodySchema = z.object({
  revision: z.number().int().min(1),
  slug: PracticeSlugSchema,
});

/** Who made the revision a stale save collided with. */
export const RevisionAuthorSchema = z.object({
  name: z.string().nullable(),
  /** The same account as the one whose save was refused: "you, in another tab". */
  self: z.boolean(),
  at: z.iso.datetime(),
});

/**
 * The 409 answer to a save based on an old revision: besides the problem, the current revision,
 * who saved it and the passport as saved, so the editor can show both versions of each field.
 */
export const StaleRevisionProblemSchema = ProblemSchema.extend({
  current: z
    .object({
      revision: z.number().int(),
      savedBy: RevisionAuthorSchema.nullable(),
      passport: DraftPassportSchema,
    })
    .optional(),
}).meta({ id: 'StaleRevisionProblem' });
export type StaleRevisionProblem = z.infer<typeof StaleRevisionProblemSchema>;

export const SectionCommentSchema = z.object({
  section: z.string().min(1).max(64),
  comment: z.string().min(1).max(5000),
});

/** Body of POST /api/submissions/:id/transitions. */
export const TransitionBodySchema = z.object({
  action: PracticeActionSchema,
  revision: z.number().int().min(1),
  comment: z.string().trim().max(5000).optional(),
  sectionComments: z.array(SectionCommentSchema).max(30).default([]),
});

export const SubmissionParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** A practice as its region and the moderators see it, whatever its status. */
export const ManagedPracticeSchema = z
  .object({
    id: z.number().int(),
    status: PracticeStatusSchema,
    statusChangedAt: z.iso.datetime(),
    revision: z.number().int(),
    regionCode: RegionCodeSchema,
    regionName: z.string(),
    passport: DraftPassportSchema,
    /** Fields still missing or invalid for submission (field paths like "passport.title"). */
    missing: z.array(z.string()),
    allowedActions: z.array(PracticeActionSchema),
    canEdit: z.boolean(),
    /** May change the page address now (PUT /api/submissions/:id/slug). */
    canEditSlug: z.boolean(),
    /** The address still follows the title (until set by hand or published). */
    slugAuto: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ManagedPractice' });
export type ManagedPractice = z.infer<typeof ManagedPracticeSchema>;

export const SubmissionSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  status: PracticeStatusSchema,
  statusChangedAt: z.iso.datetime(),
  regionCode: z.string(),
  regionName: z.string(),
  awaitsMe: z.boolean().describe('The signed-in user has an action to take on it'),
});
export type SubmissionSummary = z.infer<typeof SubmissionSummarySchema>;

/** Query of GET /api/submissions. */
export const ListSubmissionsQuerySchema = z.object({
  status: z
    .union([PracticeStatusSchema, z.array(PracticeStatusSchema)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
});

export const SubmissionListSchema = z.object({ items: z.array(SubmissionSummarySchema) });

/** One entry of a practice's audit history. */
export const PracticeEventSchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  action: z.string(),
  actorName: z.string().nullable(),
  fromStatus: PracticeStatusSchema.nullable(),
  toStatus: PracticeStatusSchema.nullable(),
  comment: z.string().nullable(),
  sectionComments: z.array(SectionCommentSchema),
  revision: z.number().int(),
});
export const PracticeHistorySchema = z.object({ items: z.array(PracticeEventSchema) });

/** A saved earlier passport of a published practice. */
export const PracticeVersionSummarySchema = z.object({
  number: z.number().int(),
  createdAt: z.iso.datetime(),
  createdByName: z.string().nullable(),
});
export const PracticeVersionListSchema = z.object({ items: z.array(PracticeVersionSummarySchema) });

export const VersionParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  number: z.coerce.number().int().positive(),
});

/** What changed from version `number` to the next one (or to the current passport). */
export const VersionDiffSchema = z.object({
  from: z.number().int(),
  to: z.union([z.number().int(), z.literal('current')]),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type VersionDiff = z.infer<typeof VersionDiffSchema>;
