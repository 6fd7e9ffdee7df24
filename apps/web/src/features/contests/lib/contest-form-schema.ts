// What the contest and nomination forms send: their inputs' text read into the contracts' bodies,
// so the forms refuse what the API would refuse, in its words, before anything is sent.
import {
  type ContestBody,
  ContestBodySchema,
  type NominationBody,
  NominationBodySchema,
} from '@registry/contracts/contests-staff';
import { z } from 'zod';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (the browser's time zone) as an ISO instant; empty stays empty. */
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : value);

/** The contest form's inputs: text, dates and datetime-local values. */
export const ContestFormSchema = z
  .object({
    title: z.string(),
    slug: z.string(),
    description: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    submissionOpensAt: z.string(),
    submissionClosesAt: z.string(),
    winnerLabel: z.string(),
    finalistLabel: z.string(),
  })
  .transform(
    ({ slug, submissionOpensAt, submissionClosesAt, ...rest }): ContestBody => ({
      ...rest,
      // Left out, the API makes the address from the title.
      ...(slug.trim() ? { slug: slug.trim() } : {}),
      submissionOpensAt: fromLocalInput(submissionOpensAt.trim()),
      submissionClosesAt: fromLocalInput(submissionClosesAt.trim()),
    }),
  )
  .pipe(ContestBodySchema);
export type ContestFormValues = z.input<typeof ContestFormSchema>;

/** The nomination form's inputs. */
export const NominationFormSchema = z
  .object({ title: z.string(), description: z.string() })
  .transform((values): NominationBody => values)
  .pipe(NominationBodySchema);
export type NominationFormValues = z.input<typeof NominationFormSchema>;
