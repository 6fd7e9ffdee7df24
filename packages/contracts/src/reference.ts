import { z } from './zod';

/** A reference code (theme, target group, evidence level): lowercase latin and hyphens. */
export const ReferenceCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,47}$/, 'Код: латинские буквы, цифры и дефис');

/** A theme or target group with the number of public practices that carry it. */
export const ReferenceItemSchema = z
  .object({
    code: ReferenceCodeSchema,
    nameRu: z.string(),
    nameEn: z.string(),
    practiceCount: z.number().int(),
  })
  .meta({ id: 'ReferenceItem' });
export type ReferenceItem = z.infer<typeof ReferenceItemSchema>;

/** A level of the evidence scale; rank 1 is the strongest. */
export const EvidenceLevelSchema = z
  .object({
    code: ReferenceCodeSchema,
    rank: z.number().int(),
    nameRu: z.string(),
    nameEn: z.string(),
    descriptionRu: z.string(),
    descriptionEn: z.string(),
    practiceCount: z.number().int(),
  })
  .meta({ id: 'EvidenceLevel' });
export type EvidenceLevel = z.infer<typeof EvidenceLevelSchema>;

/** Response of GET /api/themes and GET /api/target-groups. */
export const ReferenceListSchema = z.object({ items: z.array(ReferenceItemSchema) });
export type ReferenceList = z.infer<typeof ReferenceListSchema>;

/** Response of GET /api/evidence-levels, strongest first. */
export const EvidenceLevelListSchema = z.object({ items: z.array(EvidenceLevelSchema) });
export type EvidenceLevelList = z.infer<typeof EvidenceLevelListSchema>;

/** Params of GET /api/themes/:code. */
export const ThemeParamsSchema = z.object({ code: ReferenceCodeSchema });
