// The search glossary: terms of the field (abbreviations, professional words) with their
// expansions and synonyms, Russian and English. A search for any form also finds the others.
import { z } from './zod';

const FormSchema = z
  .string()
  .trim()
  // One message for an empty value, not also the one about words.
  .min(1, { error: 'Пустое значение', abort: true })
  .max(200, 'Не длиннее 200 символов')
  .regex(/[\p{L}\p{N}]{2}/u, 'Нужно хотя бы одно слово из двух букв или цифр');

const formList = (label: string) =>
  z
    .array(FormSchema)
    .max(30, `Не больше 30 значений в поле «${label}»`)
    .default([])
    .refine(
      (list) => new Set(list.map((f) => f.toLowerCase())).size === list.length,
      `Значения в поле «${label}» повторяются`,
    );

/** A glossary entry. */
export const GlossaryEntrySchema = z
  .object({
    id: z.number().int(),
    term: z.string(),
    expansions: z.array(z.string()),
    synonyms: z.array(z.string()),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'GlossaryEntry' });
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** Response of GET /api/glossary: entries in alphabetical order of the term. */
export const GlossaryListSchema = z
  .object({ items: z.array(GlossaryEntrySchema) })
  .meta({ id: 'GlossaryList' });
export type GlossaryList = z.infer<typeof GlossaryListSchema>;

/** Body of POST /api/glossary and PUT /api/glossary/:id. */
export const GlossaryEntryBodySchema = z.object({
  term: FormSchema.max(100, 'Не длиннее 100 символов'),
  /** Full forms of the term («комиссия по делам несовершеннолетних и защите их прав»). */
  expansions: formList('Расшифровки'),
  /** Other words for the same thing, Russian or English («КДНиЗП», «juvenile affairs commission»). */
  synonyms: formList('Синонимы'),
});
export type GlossaryEntryBody = z.input<typeof GlossaryEntryBodySchema>;

/** Params of /api/glossary/:id. */
export const GlossaryParamsSchema = z.object({ id: z.coerce.number().int().positive('Неверный номер') });
