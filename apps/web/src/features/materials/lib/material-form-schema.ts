// What the upload form sends: its inputs read into the contract's fields and one chosen file, so
// the form refuses what the API would (no title, no file, a file over 25 MB) before sending.
// Whether the content is what the name says only the server can tell: its problem comes back
// onto the file field.
import { MATERIAL_MAX_BYTES, MaterialFieldsSchema } from '@registry/contracts/materials';
import { z } from 'zod';

export const MaterialFormSchema = z
  .object({
    title: z.string(),
    kind: z.string(),
    file: z.custom<FileList | null | undefined>(),
  })
  .transform((values) => ({ title: values.title, kind: values.kind, file: values.file?.[0] }))
  .pipe(
    MaterialFieldsSchema.extend({
      file: z
        .instanceof(File, { message: 'Выберите файл' })
        .refine((file) => file.size > 0, 'Файл пуст')
        .refine((file) => file.size <= MATERIAL_MAX_BYTES, 'Файл больше 25 МБ'),
    }),
  );

export type MaterialFormValues = z.input<typeof MaterialFormSchema>;
