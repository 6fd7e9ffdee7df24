import {
  CostBandSchema,
  OrganisationTypeSchema,
  PracticeStatusSchema,
  PublicStatusSchema,
  ReplicationReadinessSchema,
} from './practice-enums';
import { ContactSchema, IndicatorSchema, LinkSchema, PracticeSlugSchema } from './practice-passport';
import { ReferenceCodeSchema } from './reference';
import { FederalDistrictCodeSchema, RegionCodeSchema } from './regions';
import { PublicReviewSchema } from './reviews';
import { z } from './zod';

/** Marks around highlighted words in `snippet` (private-use characters, never in user text). */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export const PRACTICE_SORTS = ['relevance', 'newest', 'title', 'evidence'] as const;
export const PracticeSortSchema = z.enum(PRACTICE_SORTS);
export type PracticeSort = z.infer<typeof PracticeSortSchema>;

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;

/** A query parameter that may be repeated (`?theme=a&theme=b`): always an array after parsing. */
const many = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item).max(100)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional();

const year = z.coerce.number().int().min(1990).max(2100);

/**
 * The catalogue's filters and text query, without sort and paging: what a page of GET
 * /api/practices selects, and what a saved search follows (saved-searches.ts).
 */
export const CatalogueFiltersSchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, `Не длиннее ${MAX_QUERY_LENGTH} символов`).optional(),
  theme: many(ReferenceCodeSchema),
  targetGroup: many(ReferenceCodeSchema),
  region: many(RegionCodeSchema),
  district: many(FederalDistrictCodeSchema),
  evidence: many(ReferenceCodeSchema),
  status: many(PublicStatusSchema),
  yearFrom: year.optional().describe('Started in this year or later'),
  yearTo: year.optional().describe('Started in this year or earlier'),
  internship: z.enum(['true']).optional().describe('Only practices that can host an internship'),
  nomination: many(z.string().regex(/^[1-9][0-9]{0,8}$/, 'Номер номинации')).describe(
    'Entered into one of these nominations (ids)',
  ),
  award: z
    .enum(['winner', 'finalist', 'any'])
    .optional()
    .describe('Awarded (in the chosen nominations, if any) once results are published'),
});

/** The year range of a catalogue query is in order (a refinement of both query schemas). */
export const yearsInOrder: [
  (query: { yearFrom?: number; yearTo?: number }) => boolean,
  { path: string[]; message: string },
] = [
  (query) => !query.yearFrom || !query.yearTo || query.yearFrom <= query.yearTo,
  { path: ['yearTo'], message: 'Год «по» не может быть раньше года «с»' },
];

/** Query of GET /api/practices. Values of one filter combine with OR, different filters with AND. */
export const ListPracticesQuerySchema = CatalogueFiltersSchema.extend({
  sort: PracticeSortSchema.optional().describe('Default: relevance with q, newest without'),
  cursor: z.string().max(500).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
}).refine(...yearsInOrder);
export type ListPracticesQuery = z.input<typeof ListPracticesQuerySchema>;
export type ParsedListPracticesQuery = z.output<typeof ListPracticesQuerySchema>;

const RefSchema = z.object({ code: z.string(), nameRu: z.string() });

/** A practice in a result list. */
export const PracticeCardSchema = z
  .object({
    slug: PracticeSlugSchema,
    title: z.string(),
    summary: z.string(),
    snippet: z
      .string()
      .nullable()
      .describe('Matched fragment with HIGHLIGHT_START/END marks, when q is given'),
    titleHighlight: z
      .string()
      .nullable()
      .describe('The whole title with HIGHLIGHT_START/END marks around matched words, when q is given'),
    organisationHighlight: z
      .string()
      .nullable()
      .describe('The whole organisation name with HIGHLIGHT_START/END marks, when q is given'),
    region: z.object({ code: z.string(), nameRu: z.string(), districtShortRu: z.string() }),
    organisationName: z.string(),
    themes: z.array(RefSchema),
    evidenceLevel: RefSchema.extend({ rank: z.number().int() }),
    status: PublicStatusSchema,
    startYear: z.number().int(),
    endYear: z.number().int().nullable(),
    canHostInternship: z.boolean(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'PracticeCard' });
export type PracticeCard = z.infer<typeof PracticeCardSchema>;

/** How many results each value of a filter would give, with all the other filters applied. */
export const FacetCountSchema = z.object({
  value: z.string(),
  label: z.string().nullable().describe('Russian name for reference values; null for years and statuses'),
  count: z.number().int(),
});
export type FacetCount = z.infer<typeof FacetCountSchema>;

export const FacetsSchema = z
  .object({
    theme: z.array(FacetCountSchema),
    targetGroup: z.array(FacetCountSchema),
    district: z.array(FacetCountSchema),
    region: z.array(FacetCountSchema),
    evidence: z.array(FacetCountSchema),
    status: z.array(FacetCountSchema),
    year: z.array(FacetCountSchema),
    /** Nominations (value = id, label = «contest — nomination»), counted with the award filter. */
    nomination: z.array(FacetCountSchema),
    /** Awards (winner, finalist) of published results, within the chosen nominations. */
    award: z.array(FacetCountSchema),
    internship: z.number().int(),
  })
  .meta({ id: 'Facets' });
export type Facets = z.infer<typeof FacetsSchema>;

/** What the search did with the query: glossary expansions and a suggested correction. */
export const SearchInfoSchema = z
  .object({
    /** Each typed word or phrase the glossary knows, with the forms it was also searched as. */
    expandedWith: z.array(z.object({ typed: z.string(), forms: z.array(z.string()) })),
    /** «Возможно, вы имели в виду …»: a corrected query, when the search found little or nothing. */
    suggestion: z.string().nullable(),
  })
  .meta({ id: 'SearchInfo' });
export type SearchInfo = z.infer<typeof SearchInfoSchema>;

/** Response of GET /api/practices. */
export const PracticeListSchema = z
  .object({
    items: z.array(PracticeCardSchema),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    facets: FacetsSchema,
    search: SearchInfoSchema,
  })
  .meta({ id: 'PracticeList' });
export type PracticeList = z.infer<typeof PracticeListSchema>;

/** Params of GET /api/practices/:slug. */
export const PracticeParamsSchema = z.object({ slug: PracticeSlugSchema });

/** The whole public passport. */
export const PracticePassportSchema = z
  .object({
    slug: PracticeSlugSchema,
    title: z.string(),
    summary: z.string(),
    problem: z.string(),
    goals: z.string(),
    methods: z.string(),
    resultsNarrative: z.string(),
    indicators: z.array(IndicatorSchema),
    themes: z.array(RefSchema),
    targetGroups: z.array(RefSchema),
    evidenceLevel: RefSchema.extend({ rank: z.number().int(), descriptionRu: z.string() }),
    replicationReadiness: ReplicationReadinessSchema,
    costBand: CostBandSchema,
    resources: z.object({ staff: z.string(), budget: z.string(), duration: z.string() }),
    organisation: z.object({ name: z.string(), type: OrganisationTypeSchema }),
    region: z.object({
      code: RegionCodeSchema,
      nameRu: z.string(),
      district: z.object({ code: z.string(), nameRu: z.string(), shortRu: z.string() }),
    }),
    partners: z.string(),
    period: z.object({ startYear: z.number().int(), endYear: z.number().int().nullable() }),
    support: z.object({ methodicalMaterials: z.boolean(), training: z.boolean(), internship: z.boolean() }),
    contacts: z.array(ContactSchema),
    links: z.array(LinkSchema),
    status: PracticeStatusSchema,
    statusChangedAt: z.iso.datetime(),
    isDemo: z.boolean(),
    updatedAt: z.iso.datetime(),
    /** Expert review outcome: the public justification of a recommendation and review dates. */
    review: PublicReviewSchema,
  })
  .meta({ id: 'PracticePassport' });
export type PracticePassport = z.infer<typeof PracticePassportSchema>;

/** Response of GET /api/practices/:slug/similar. */
export const SimilarPracticesSchema = z.object({ items: z.array(PracticeCardSchema) });
export type SimilarPractices = z.infer<typeof SimilarPracticesSchema>;
