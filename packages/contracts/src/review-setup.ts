// Reference data of expert review: the rubric moderators edit, the experts they choose from, and
// the conflicts of interest experts declare.

import { RegionCodeSchema } from './regions';
import { z } from './zod';

/** A criterion of the review rubric as it stands today. */
export const RubricCriterionSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    nameRu: z.string(),
    descriptionRu: z.string(),
    weight: z.number(),
    sortOrder: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'RubricCriterion' });
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

/** Response of GET /api/reviews/rubric. */
export const RubricSchema = z
  .object({ code: z.string(), nameRu: z.string(), criteria: z.array(RubricCriterionSchema) })
  .meta({ id: 'Rubric' });
export type Rubric = z.infer<typeof RubricSchema>;

/** Body of PUT /api/reviews/rubric: the criteria's names, weights and use for future reviews. */
export const UpdateRubricBodySchema = z.object({
  criteria: z
    .array(
      z.object({
        id: z.number().int().positive(),
        nameRu: z.string().trim().min(1, 'Укажите название').max(200),
        descriptionRu: z.string().trim().max(1000).default(''),
        weight: z.number().min(0.1, 'Вес — от 0,1 до 10').max(10, 'Вес — от 0,1 до 10'),
        active: z.boolean(),
      }),
    )
    .min(1)
    .max(30)
    .refine((list) => list.some((c) => c.active), 'Хотя бы один критерий должен применяться'),
});
export type UpdateRubricBody = z.input<typeof UpdateRubricBodySchema>;

/** An expert as a moderator chooses them, with any reason they cannot review this practice. */
export const ExpertOptionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  region: z.object({ code: RegionCodeSchema, nameRu: z.string() }).nullable(),
  conflicts: z.array(z.string()).describe('Organisations the expert declared a conflict with'),
  refusal: z.string().nullable().describe('Why the expert cannot review the practice, if asked for one'),
});
export const ExpertListSchema = z.object({ items: z.array(ExpertOptionSchema) });
export type ExpertOption = z.infer<typeof ExpertOptionSchema>;

export const ExpertListQuerySchema = z.object({
  practiceId: z.coerce.number().int().positive().optional(),
});

/** An organisation an expert declared a conflict of interest with. */
export const ConflictSchema = z.object({
  id: z.number().int(),
  organisationName: z.string(),
  note: z.string(),
  createdAt: z.iso.datetime(),
});
export const ConflictListSchema = z.object({ items: z.array(ConflictSchema) });
export type Conflict = z.infer<typeof ConflictSchema>;

export const CreateConflictBodySchema = z.object({
  organisationName: z.string().trim().min(2, 'Укажите организацию').max(300),
  note: z.string().trim().max(1000).default(''),
});
export type CreateConflictBody = z.input<typeof CreateConflictBodySchema>;
export const ConflictParamsSchema = z.object({ id: z.coerce.number().int().positive() });
