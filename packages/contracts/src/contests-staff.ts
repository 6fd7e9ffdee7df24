import {
  AwardKindSchema,
  awardLabels,
  ContestSlugSchema,
  ContestSummarySchema,
  EntryPracticeSchema,
} from './contests';
import { z } from './zod';

const instant = z.iso.datetime({ offset: true });

/** Body of POST /api/staff/contests and PATCH /api/staff/contests/:id. */
export const ContestBodySchema = z
  .object({
    slug: ContestSlugSchema.optional().describe('Made from the title when left out'),
    title: z.string().trim().min(3).max(300),
    description: z.string().trim().max(5000).default(''),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    submissionOpensAt: instant,
    submissionClosesAt: instant,
    winnerLabel: z
      .string()
      .trim()
      .min(2, 'Назовите высшую награду, например «Победитель»')
      .max(60)
      .default(awardLabels.winner),
    finalistLabel: z
      .string()
      .trim()
      .min(2, 'Назовите вторую награду, например «Призёр» или «Лауреат»')
      .max(60)
      .default(awardLabels.finalist),
  })
  .refine((b) => b.endsOn >= b.startsOn, { path: ['endsOn'], message: 'Окончание раньше начала' })
  .refine((b) => Date.parse(b.submissionClosesAt) > Date.parse(b.submissionOpensAt), {
    path: ['submissionClosesAt'],
    message: 'Приём заявок должен закрываться позже, чем открывается',
  })
  .refine((b) => b.winnerLabel.toLowerCase() !== b.finalistLabel.toLowerCase(), {
    path: ['finalistLabel'],
    message: 'Награды должны называться по-разному',
  });
export type ContestBody = z.input<typeof ContestBodySchema>;

/** Body of POST /api/staff/contests/:id/nominations and PATCH /api/staff/nominations/:id. */
export const NominationBodySchema = z.object({
  slug: ContestSlugSchema.optional(),
  title: z.string().trim().min(2).max(300),
  description: z.string().trim().max(5000).default(''),
});
export type NominationBody = z.input<typeof NominationBodySchema>;

export const IdParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
export const ExpertParamsSchema = IdParamsSchema.extend({
  expertId: z.coerce.number().int().positive().max(2_147_483_647),
});

/** Body of POST /api/staff/nominations/:id/entries. */
export const EntryBodySchema = z.object({ practiceId: z.number().int().positive() });

/** One criterion score, 1–5. */
export const CriterionScoreSchema = z.object({
  criterion: z.string().min(1).max(48),
  score: z.number().int().min(1).max(5),
});

/** Body of PUT /api/staff/entries/:id/score. */
export const ScoreBodySchema = z.object({
  scores: z.array(CriterionScoreSchema).min(1).max(30),
  comment: z.string().trim().max(5000).default(''),
});
export type ScoreBody = z.input<typeof ScoreBodySchema>;

/**
 * Body of PUT /api/staff/entries/:id/award: null takes the award away. Once the results are
 * published (and until they are final) a change is a correction and needs its reason.
 */
export const AwardBodySchema = z.object({
  award: AwardKindSchema.nullable(),
  reason: z.string().trim().max(1000).default(''),
});
export type AwardBody = z.input<typeof AwardBodySchema>;

export const CriterionSchema = z.object({
  code: z.string(),
  nameRu: z.string(),
  descriptionRu: z.string(),
  weight: z.number(),
});

/** One expert's scores of an entry (staff only). */
export const ExpertScoreSchema = z.object({
  expert: z.object({ id: z.number().int(), name: z.string() }),
  scores: z.array(
    z.object({ criterion: z.string(), nameRu: z.string(), weight: z.number(), score: z.number() }),
  ),
  weightedScore: z.number(),
  comment: z.string(),
  submittedAt: instant,
});
export type ExpertScore = z.infer<typeof ExpertScoreSchema>;

/** An entry as staff see it; `scores` holds all experts' for moderators, one's own for an expert. */
export const StaffEntrySchema = z.object({
  id: z.number().int(),
  practiceId: z.number().int(),
  practice: EntryPracticeSchema,
  enteredAt: instant,
  award: AwardKindSchema.nullable(),
  scores: z.array(ExpertScoreSchema),
  averageScore: z.number().nullable().describe('Mean weighted score; moderators only'),
  rank: z.number().int().nullable(),
  canScore: z.boolean(),
});
export type StaffEntry = z.infer<typeof StaffEntrySchema>;

/** An expert of (or for) a nomination, with the entries of their own region they may not score. */
const PersonSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  region: z.object({ code: z.string(), nameRu: z.string() }).nullable(),
  ownRegionEntries: z
    .array(z.string())
    .describe("Titles of entries from the expert's region: a conflict of interest, they cannot score them"),
});

/** What happened to a nomination's results (moderators only). */
export const NominationEventSchema = z.object({
  id: z.number().int(),
  action: z.enum(['results_published', 'award_corrected', 'results_finalised']),
  actorName: z.string().nullable(),
  practiceTitle: z.string().nullable(),
  fromAward: AwardKindSchema.nullable(),
  toAward: AwardKindSchema.nullable(),
  comment: z.string(),
  createdAt: instant,
});
export type NominationEvent = z.infer<typeof NominationEventSchema>;

/** GET /api/staff/nominations/:id: what the signed-in user may see and do in a nomination. */
export const StaffNominationSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    contest: ContestSummarySchema.omit({ nominationCount: true }),
    resultsPublishedAt: instant.nullable(),
    resultsFinalAt: instant.nullable().describe('From then on nothing changes, not even by a correction'),
    criteria: z.array(CriterionSchema),
    experts: z.array(PersonSchema),
    availableExperts: z.array(PersonSchema).describe('Moderators: experts who may be assigned'),
    entries: z.array(StaffEntrySchema),
    eligiblePractices: z
      .array(z.object({ id: z.number().int(), title: z.string() }))
      .describe("Coordinators: their region's public practices not yet entered"),
    history: z.array(NominationEventSchema).describe('Moderators: publication and corrections of results'),
    can: z.object({
      manage: z.boolean(),
      enter: z.boolean(),
      score: z.boolean(),
      correct: z.boolean().describe('Moderators: results published, awards still correctable'),
    }),
  })
  .meta({ id: 'StaffNomination' });
export type StaffNomination = z.infer<typeof StaffNominationSchema>;

/** A nomination in the staff list. */
export const StaffNominationSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  contest: z.object({ id: z.number().int(), slug: z.string(), title: z.string(), phase: z.string() }),
  entryCount: z.number().int(),
  resultsPublishedAt: instant.nullable(),
  resultsFinalAt: instant.nullable(),
});
export type StaffNominationSummary = z.infer<typeof StaffNominationSummarySchema>;
export const StaffNominationListSchema = z.object({ items: z.array(StaffNominationSummarySchema) });
