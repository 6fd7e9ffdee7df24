// What the public form sends: its inputs read into the contract's body, so the form refuses what
// the API would, in the contract's words, before sending. The token comes with the page.
import { CreateAdoptRequestBodySchema } from '@registry/contracts/adopt-requests';
import { z } from 'zod';

export const AdoptRequestFormSchema = z
  .object({
    name: z.string(),
    organisation: z.string(),
    regionCode: z.string(),
    email: z.string(),
    phone: z.string(),
    message: z.string(),
    consent: z.boolean(),
    website: z.string(),
    formToken: z.string(),
  })
  // The checkbox's false goes on to the contract, which says why consent is needed.
  .transform(
    (values) =>
      ({ ...values, email: values.email.trim() }) as unknown as z.input<typeof CreateAdoptRequestBodySchema>,
  )
  .pipe(CreateAdoptRequestBodySchema);

export type AdoptRequestFormValues = z.input<typeof AdoptRequestFormSchema>;
