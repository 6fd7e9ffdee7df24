// Methodical materials attached to a practice passport (issue 13 §5): what a coordinator uploads
// and what the public passport lists for download.
import { z } from './zod';

/** What a material is for, as the editor offers it. */
export const MATERIAL_KINDS = ['guide', 'programme', 'presentation', 'form', 'report', 'other'] as const;
export const MaterialKindSchema = z.enum(MATERIAL_KINDS);
export type MaterialKind = z.infer<typeof MaterialKindSchema>;

export const materialKindLabels: Record<MaterialKind, string> = {
  guide: 'Методическое пособие',
  programme: 'Программа',
  presentation: 'Презентация',
  form: 'Форма документа',
  report: 'Отчёт',
  other: 'Другое',
};

/** Formats accepted, as found in a file's content (never its name). */
export const MATERIAL_FORMATS = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'odp',
  'png',
  'jpg',
  'gif',
  'webp',
] as const;
export const MaterialFormatSchema = z.enum(MATERIAL_FORMATS);
export type MaterialFormat = z.infer<typeof MaterialFormatSchema>;

/** Largest file accepted: 25 MB. */
export const MATERIAL_MAX_BYTES = 25 * 1024 * 1024;
/** Most files a practice may have at once. */
export const MATERIALS_PER_PRACTICE = 20;

/** The text fields sent with a file (multipart/form-data, beside the `file` part). */
export const MaterialFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Укажите название материала').max(200, 'Не больше 200 символов'),
  kind: MaterialKindSchema,
});
export type MaterialFields = z.infer<typeof MaterialFieldsSchema>;

/** A material as the public passport lists it. */
export const MaterialSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: MaterialKindSchema,
  fileName: z.string(),
  format: MaterialFormatSchema,
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** The download address (GET, streamed). */
  url: z.string(),
});
export type Material = z.infer<typeof MaterialSchema>;

export const PracticeMaterialsSchema = z.object({ items: z.array(MaterialSchema) });
export type PracticeMaterials = z.infer<typeof PracticeMaterialsSchema>;

/** A material as its editors see it: also when it was added, and which kept versions list it. */
export const StaffMaterialSchema = MaterialSchema.extend({
  createdAt: z.iso.datetime(),
  /** Set when the material was removed from the passport but a kept version still lists it. */
  removedAt: z.iso.datetime().nullable(),
  versionNumbers: z.array(z.number().int()),
});
export type StaffMaterial = z.infer<typeof StaffMaterialSchema>;

export const StaffMaterialsSchema = z.object({
  items: z.array(StaffMaterialSchema),
  /** Whether the caller may add and remove materials now. */
  canEdit: z.boolean(),
});
export type StaffMaterials = z.infer<typeof StaffMaterialsSchema>;

export const MaterialParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
});

export const SubmissionMaterialParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  materialId: z.coerce.number().int().positive().max(2_147_483_647),
});

/** How a format is named to readers: «PDF», «DOCX», «JPEG». */
export const materialFormatLabels: Record<MaterialFormat, string> = {
  pdf: 'PDF',
  doc: 'DOC',
  docx: 'DOCX',
  xls: 'XLS',
  xlsx: 'XLSX',
  ppt: 'PPT',
  pptx: 'PPTX',
  odt: 'ODT',
  ods: 'ODS',
  odp: 'ODP',
  png: 'PNG',
  jpg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
};
