import { PracticeSlugSchema } from './practice-passport';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

/** Awards a nomination's results give: first places (winner) and distinguished ones (finalist). */
export const AWARD_KINDS = ['winner', 'finalist'] as const;
export const AwardKindSchema = z.enum(AWARD_KINDS);
export type AwardKind = z.infer<typeof AwardKindSchema>;
/** The awards' names where no contest is named (catalogue filters); each contest names its own. */
export const awardLabels: Record<AwardKind, string> = { winner: 'Победитель', finalist: 'Призёр' };

/** What a contest calls its awards, e.g. «Победитель» and «Призёр» or «Лауреат». */
export const AwardLabelsSchema = z.object({ winner: z.string(), finalist: z.string() });
export type AwardLabels = z.infer<typeof AwardLabelsSchema>;

/** Where a contest's submission window stands now. */
export const ContestPhaseSchema = z.enum(['upcoming', 'open', 'closed']);
export type ContestPhase = z.infer<typeof ContestPhaseSchema>;

export const ContestSlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Только латинские буквы, цифры и дефисы');

const date = z.iso.date();
const instant = z.iso.datetime({ offset: true });

/** A contest in a list. */
export const ContestSummarySchema = z
  .object({
    id: z.number().int(),
    slug: ContestSlugSchema,
    title: z.string(),
    description: z.string(),
    startsOn: date,
    endsOn: date,
    submissionOpensAt: instant,
    submissionClosesAt: instant,
    phase: ContestPhaseSchema,
    awardLabels: AwardLabelsSchema,
    nominationCount: z.number().int(),
  })
  .meta({ id: 'ContestSummary' });
export type ContestSummary = z.infer<typeof ContestSummarySchema>;

export const ContestListSchema = z.object({ items: z.array(ContestSummarySchema) });

/** A nomination as the public sees it. */
export const NominationSummarySchema = z.object({
  id: z.number().int(),
  slug: ContestSlugSchema,
  title: z.string(),
  description: z.string(),
  entryCount: z.number().int(),
  resultsPublishedAt: instant.nullable(),
  resultsFinalAt: instant.nullable().describe('Published for good: no more corrections'),
});
export type NominationSummary = z.infer<typeof NominationSummarySchema>;

/** GET /api/contests/:slug: a contest with its nominations. */
export const ContestDetailSchema = ContestSummarySchema.extend({
  nominations: z.array(NominationSummarySchema),
}).meta({ id: 'ContestDetail' });
export type ContestDetail = z.infer<typeof ContestDetailSchema>;

/** The practice of an entry, as a small public card. */
export const EntryPracticeSchema = z.object({
  slug: PracticeSlugSchema,
  title: z.string(),
  summary: z.string(),
  organisationName: z.string(),
  region: z.object({ code: RegionCodeSchema, nameRu: z.string() }),
  isDemo: z.boolean(),
});
export type EntryPractice = z.infer<typeof EntryPracticeSchema>;

/** A public entry: its award only once the nomination's results are published. */
export const PublicEntrySchema = z.object({
  practice: EntryPracticeSchema,
  award: AwardKindSchema.nullable(),
});
export type PublicEntry = z.infer<typeof PublicEntrySchema>;

/** GET /api/contests/:slug/nominations/:nominationSlug. Never holds experts' scores. */
export const NominationPageSchema = z
  .object({
    contest: ContestSummarySchema.omit({ nominationCount: true }),
    nomination: NominationSummarySchema,
    entries: z.array(PublicEntrySchema),
  })
  .meta({ id: 'NominationPage' });
export type NominationPage = z.infer<typeof NominationPageSchema>;

export const ContestParamsSchema = z.object({ slug: ContestSlugSchema });
export const NominationPageParamsSchema = z.object({
  slug: ContestSlugSchema,
  nominationSlug: ContestSlugSchema,
});

/** One nomination a public practice was entered into, with its award once published. */
export const PracticeAwardSchema = z.object({
  contest: z.object({
    slug: z.string(),
    title: z.string(),
    startsOn: date,
    endsOn: date,
    awardLabels: AwardLabelsSchema,
  }),
  nomination: z.object({ id: z.number().int(), slug: z.string(), title: z.string() }),
  award: AwardKindSchema.nullable(),
});
export type PracticeAward = z.infer<typeof PracticeAwardSchema>;

/** GET /api/practices/:slug/awards. */
export const PracticeAwardsSchema = z.object({ items: z.array(PracticeAwardSchema) }).meta({
  id: 'PracticeAwards',
});
export type PracticeAwards = z.infer<typeof PracticeAwardsSchema>;
