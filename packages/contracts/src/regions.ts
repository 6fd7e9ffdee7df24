import { z } from './zod';

/** A federal district code, e.g. "ural". */
export const FederalDistrictCodeSchema = z
  .string()
  .regex(/^[a-z][a-z-]{1,31}$/, 'Код федерального округа: латинские буквы и дефис, например "ural"');

/** A federal subject's two-digit code, e.g. "72" for Тюменская область. */
export const RegionCodeSchema = z.string().regex(/^\d{2}$/, 'Код региона — две цифры, например 72');

/** One of the 8 federal districts. */
export const FederalDistrictSchema = z
  .object({
    code: FederalDistrictCodeSchema,
    nameRu: z.string(),
    nameEn: z.string(),
    shortRu: z.string().describe('Abbreviation, e.g. УФО'),
  })
  .meta({ id: 'FederalDistrict' });
export type FederalDistrict = z.infer<typeof FederalDistrictSchema>;

/** A federal subject with its district. */
export const RegionSchema = z
  .object({
    code: RegionCodeSchema,
    nameRu: z.string(),
    nameEn: z.string(),
    district: FederalDistrictSchema,
    practiceCount: z.number().int().describe('Public practices of the region'),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof RegionSchema>;

/** Query of GET /api/regions. */
export const ListRegionsQuerySchema = z.object({
  district: FederalDistrictCodeSchema.optional().describe('Only regions of this federal district'),
});
export type ListRegionsQuery = z.infer<typeof ListRegionsQuerySchema>;

/** Response of GET /api/regions: regions ordered by district, then by name. */
export const RegionListSchema = z.object({ items: z.array(RegionSchema) });
export type RegionList = z.infer<typeof RegionListSchema>;

/** Params of GET /api/regions/:code. */
export const RegionParamsSchema = z.object({ code: RegionCodeSchema });
