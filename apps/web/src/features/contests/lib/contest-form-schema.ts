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

// The window for entries is set and shown in Moscow time, whoever edits or reads it. Moscow has
// kept UTC+3 all year since 2014, so a fixed offset converts both ways.
const MOSCOW_OFFSET_MS = 3 * 60 * 60_000;

/** An instant as the value of a datetime-local input, in Moscow time. */
export function toLocalInput(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(Date.parse(iso) + MOSCOW_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A datetime-local value (Moscow time) as an ISO instant; empty or unreadable text stays as it is. */
const fromLocalInput = (value: string) => {
  const at = Date.parse(`${value}:00+03:00`);
  return value && Number.isFinite(at) ? new Date(at).toISOString() : value;
};

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
