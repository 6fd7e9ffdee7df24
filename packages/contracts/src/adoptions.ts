import { IndicatorSchema, PracticeSlugSchema } from './practice-passport';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

/** How far a region has got with a practice it adopts. */
export const ADOPTION_STATUSES = ['planning', 'in_progress', 'implemented', 'stopped'] as const;
export const AdoptionStatusSchema = z.enum(ADOPTION_STATUSES);
export type AdoptionStatus = z.infer<typeof AdoptionStatusSchema>;

export const adoptionStatusLabels: Record<AdoptionStatus, string> = {
  planning: 'Планируется',
  in_progress: 'Внедряется',
  implemented: 'Внедрена',
  stopped: 'Прекращена',
};

/** Statuses that end an adoption: only they may have a finish date. */
export const FINISHED_ADOPTION_STATUSES = [
  'implemented',
  'stopped',
] as const satisfies readonly AdoptionStatus[];

/** A calendar date, YYYY-MM-DD. */
export const DateOnlySchema = z.iso.date('Дата в формате ГГГГ-ММ-ДД');

/** Who in the adopting region answers colleagues' questions. Shown to signed-in staff only. */
export const AdoptionContactSchema = z.object({
  name: z.string().trim().min(1, 'Укажите контактное лицо').max(200),
  email: z.union([z.email('Неверный адрес почты').max(254), z.literal('')]),
  phone: z.string().trim().max(64),
});
export type AdoptionContact = z.infer<typeof AdoptionContactSchema>;

/** One local result: the practice passport's indicator, with Russian messages for the form. */
export const AdoptionResultSchema = IndicatorSchema.extend({
  name: z.string().trim().min(1, 'Укажите название показателя').max(300),
  unit: z.string().trim().max(50, 'Не больше 50 символов'),
  baseline: z.number('Введите число').nullable(),
  achieved: z.number('Введите число').nullable(),
  year: z
    .number('Введите год')
    .int()
    .min(1990, 'Год не раньше 1990')
    .max(2100, 'Год не позже 2100')
    .nullable(),
});

/** The fields a region writes about its adoption. */
export const AdoptionFieldsSchema = z.object({
  status: AdoptionStatusSchema,
  startedOn: DateOnlySchema.nullable().describe('Planned or actual start'),
  finishedOn: DateOnlySchema.nullable().describe('Only for implemented or stopped; not before the start'),
  results: z.array(AdoptionResultSchema).max(30).describe('Local results, like the practice indicators'),
  narrative: z.string().trim().max(5000),
  contact: AdoptionContactSchema,
});
export type AdoptionFields = z.infer<typeof AdoptionFieldsSchema>;

/** Body of POST /api/adoptions. Moderators and admins name the region; a coordinator's is their own. */
export const CreateAdoptionBodySchema = AdoptionFieldsSchema.extend({
  practiceSlug: PracticeSlugSchema,
  regionCode: RegionCodeSchema.optional(),
  results: AdoptionFieldsSchema.shape.results.default([]),
  narrative: AdoptionFieldsSchema.shape.narrative.default(''),
});

/** Body of PATCH /api/adoptions/:id: changed fields and the revision they were based on. */
export const UpdateAdoptionBodySchema = AdoptionFieldsSchema.partial().extend({
  revision: z.number().int().min(1),
});

export const AdoptionParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Query of DELETE /api/adoptions/:id. */
export const DeleteAdoptionQuerySchema = z.object({ revision: z.coerce.number().int().min(1) });

/** Query of GET /api/adoptions. */
export const ListAdoptionsQuerySchema = z.object({
  region: RegionCodeSchema.optional().describe("Defaults to a coordinator's own region; all for moderators"),
});

const PracticeRefSchema = z.object({
  slug: z.string(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});

/** An adoption as staff see it (with the contact). */
export const AdoptionSchema = AdoptionFieldsSchema.extend({
  id: z.number().int(),
  practice: PracticeRefSchema,
  regionCode: z.string(),
  regionName: z.string(),
  revision: z.number().int(),
  canEdit: z.boolean(),
  updatedAt: z.iso.datetime(),
}).meta({ id: 'Adoption' });
export type Adoption = z.infer<typeof AdoptionSchema>;

/** Response of GET /api/adoptions: what a region adopts, and who adopts the region's practices. */
export const AdoptionDashboardSchema = z.object({
  regionCode: z.string().nullable(),
  adopting: z.array(AdoptionSchema),
  adoptedFromUs: z.array(AdoptionSchema),
});
export type AdoptionDashboard = z.infer<typeof AdoptionDashboardSchema>;

/** One region adopting a practice, as anyone sees it; `contact` is null for visitors. */
export const PublicAdoptionSchema = AdoptionFieldsSchema.omit({ contact: true }).extend({
  id: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  contact: AdoptionContactSchema.nullable(),
});
export type PublicAdoption = z.infer<typeof PublicAdoptionSchema>;

/** Response of GET /api/practices/:slug/adoptions. */
export const PracticeAdoptionsSchema = z.object({
  count: z.number().int().describe('Regions that declared an adoption'),
  items: z.array(PublicAdoptionSchema),
});
export type PracticeAdoptions = z.infer<typeof PracticeAdoptionsSchema>;

const RegionAdoptionItemSchema = z.object({
  id: z.number().int(),
  practice: PracticeRefSchema,
  regionCode: z.string().describe('The adopting region'),
  regionName: z.string(),
  status: AdoptionStatusSchema,
  startedOn: DateOnlySchema.nullable(),
});
export type RegionAdoptionItem = z.infer<typeof RegionAdoptionItemSchema>;

/** Response of GET /api/regions/:code/adoptions. */
export const RegionAdoptionsSchema = z.object({
  shared: z.array(RegionAdoptionItemSchema).describe("This region's practices adopted elsewhere"),
  adopted: z.array(RegionAdoptionItemSchema).describe('Practices of other regions this region adopts'),
});
export type RegionAdoptions = z.infer<typeof RegionAdoptionsSchema>;
