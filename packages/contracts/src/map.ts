import { ReferenceCodeSchema } from './reference';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

/** What the tile map of Russia can colour its regions by. */
export const MAP_METRICS = ['practices', 'recommended', 'adoptions'] as const;
export const MapMetricSchema = z.enum(MAP_METRICS);
export type MapMetric = z.infer<typeof MapMetricSchema>;

/** One federal subject in figures, for the map. */
export const RegionFiguresSchema = z.object({
  code: RegionCodeSchema,
  nameRu: z.string(),
  practices: z.number().int().describe('Public practices of the region (published and recommended)'),
  recommended: z.number().int().describe('Recommended practices of the region'),
  adoptions: z.number().int().describe('Public practices the region adopts'),
});
export type RegionFigures = z.infer<typeof RegionFiguresSchema>;

/** Response of GET /api/map/regions: all 89 federal subjects in figures, by code. */
export const RegionFiguresListSchema = z
  .object({ regions: z.array(RegionFiguresSchema) })
  .meta({ id: 'RegionFiguresList' });
export type RegionFiguresList = z.infer<typeof RegionFiguresListSchema>;

/** Query of GET /api/map/coverage (and its CSV): exactly one theme or one target group. */
export const CoverageQuerySchema = z
  .object({
    theme: ReferenceCodeSchema.optional().describe('A theme code'),
    targetGroup: ReferenceCodeSchema.optional().describe('A target group code'),
  })
  .superRefine((query, ctx) => {
    if (query.theme && query.targetGroup) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetGroup'],
        message: 'Выберите тему или целевую группу, не обе',
      });
    } else if (!query.theme && !query.targetGroup) {
      ctx.addIssue({ code: 'custom', path: ['theme'], message: 'Выберите тему или целевую группу' });
    }
  });
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

/** How a region is covered for the chosen theme or target group. */
export const COVERAGE_STATUSES = ['none', 'published', 'recommended'] as const;
export const CoverageStatusSchema = z.enum(COVERAGE_STATUSES);
export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;

/** A nearby region with recommended practices for the same theme or target group. */
export const NearbyRegionSchema = z.object({
  code: RegionCodeSchema,
  nameRu: z.string(),
  distanceKm: z.number().int().describe('Great-circle distance between the two capitals, km'),
  recommended: z.number().int().describe('Its recommended practices for the theme or target group'),
});
export type NearbyRegion = z.infer<typeof NearbyRegionSchema>;

/** One federal subject's coverage. */
export const RegionCoverageSchema = z.object({
  code: RegionCodeSchema,
  nameRu: z.string(),
  status: CoverageStatusSchema,
  practices: z.number().int().describe('Public practices for the theme or target group'),
  recommended: z.number().int(),
  nearest: z
    .array(NearbyRegionSchema)
    .describe('For a region without a recommended practice: the nearest that have one (at most 3)'),
});
export type RegionCoverage = z.infer<typeof RegionCoverageSchema>;

/** Response of GET /api/map/coverage: where help is missing for a theme or target group. */
export const CoverageSchema = z
  .object({
    subject: z.object({
      kind: z.enum(['theme', 'targetGroup']),
      code: ReferenceCodeSchema,
      nameRu: z.string(),
    }),
    totals: z.object({ none: z.number().int(), published: z.number().int(), recommended: z.number().int() }),
    regions: z.array(RegionCoverageSchema).describe('All 89 federal subjects, by code'),
  })
  .meta({ id: 'Coverage' });
export type Coverage = z.infer<typeof CoverageSchema>;
