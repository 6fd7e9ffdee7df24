// What the subscription form sends: the e-mail and frequency typed, and the catalogue selection
// the page shows (given, not typed), read into the contract's body.
import { SubscribeBodySchema } from '@registry/contracts/saved-searches';
import { z } from 'zod';

export const SubscribeFormSchema = z
  .object({ email: z.string(), frequency: z.string() })
  .pipe(SubscribeBodySchema.pick({ email: true, frequency: true }));
