import { z } from './zod';

/** Public practices of one federal district. */
export const DistrictStatSchema = z.object({
  code: z.string(),
  nameRu: z.string(),
  shortRu: z.string(),
  practices: z.number().int().describe('Published and recommended'),
  recommended: z.number().int(),
});

/** One federal subject: its public practices and adoptions both ways. */
export const RegionStatSchema = z.object({
  code: z.string(),
  nameRu: z.string(),
  districtShortRu: z.string(),
  practices: z.number().int(),
  recommended: z.number().int(),
  adopting: z.number().int().describe('Practices of other regions this region adopts'),
  adoptedElsewhere: z.number().int().describe('Adoptions of this region’s practices by others'),
});

/** Adoptions from the practices of one region by another. */
export const AdoptionFlowSchema = z.object({
  sourceCode: z.string(),
  sourceName: z.string(),
  targetCode: z.string(),
  targetName: z.string(),
  count: z.number().int(),
});

/** A practice and how many regions adopt it. */
export const TopPracticeSchema = z.object({
  slug: z.string(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  adoptions: z.number().int(),
});

/** Response of GET /api/statistics: public practices and adoptions in figures. */
export const StatisticsSchema = z
  .object({
    totals: z.object({
      practices: z.number().int(),
      recommended: z.number().int(),
      adoptions: z.number().int(),
      adoptingRegions: z.number().int(),
    }),
    districts: z.array(DistrictStatSchema),
    regions: z.array(RegionStatSchema).describe('All federal subjects, district order'),
    flows: z.array(AdoptionFlowSchema).describe('Source → adopting region, most adoptions first'),
    topPractices: z.array(TopPracticeSchema).describe('At most 10, most adopted first'),
  })
  .meta({ id: 'Statistics' });
export type Statistics = z.infer<typeof StatisticsSchema>;
export type DistrictStat = z.infer<typeof DistrictStatSchema>;
export type RegionStat = z.infer<typeof RegionStatSchema>;
export type AdoptionFlow = z.infer<typeof AdoptionFlowSchema>;
export type TopPractice = z.infer<typeof TopPracticeSchema>;

/** The tables offered as CSV downloads: GET /api/statistics/<table>.csv. */
export const STATISTICS_TABLES = ['districts', 'regions', 'flows', 'top-practices'] as const;
export const StatisticsTableSchema = z.enum(STATISTICS_TABLES);
export type StatisticsTable = z.infer<typeof StatisticsTableSchema>;
