// The declaration form: what its inputs hold (text), the contract's schema read from that text
// (what the form checks and sends), and which control an API field path is about.
import {
  type Adoption,
  AdoptionContactSchema,
  AdoptionFieldsSchema,
  AdoptionResultSchema,
  type AdoptionStatus,
} from '@registry/contracts/adoptions';
import { z } from 'zod';
import { decimalText } from '../../../lib/contract-form';

export interface ResultRow {
  name: string;
  unit: string;
  baseline: string;
  achieved: string;
  year: string;
}

/** The inputs' values: numbers as typed, dates '' when empty, nested like the API body. */
export interface AdoptionFormValues {
  regionCode: string;
  status: AdoptionStatus;
  startedOn: string;
  finishedOn: string;
  narrative: string;
  contact: { name: string; email: string; phone: string };
  results: ResultRow[];
}

export const emptyResult: ResultRow = { name: '', unit: '', baseline: '', achieved: '', year: '' };

const text = (value: number | null) => (value === null ? '' : String(value));

export function initialValues(adoption: Adoption | null): AdoptionFormValues {
  return {
    regionCode: adoption?.regionCode ?? '',
    status: adoption?.status ?? 'planning',
    startedOn: adoption?.startedOn ?? '',
    finishedOn: adoption?.finishedOn ?? '',
    narrative: adoption?.narrative ?? '',
    contact: {
      name: adoption?.contact.name ?? '',
      email: adoption?.contact.email ?? '',
      phone: adoption?.contact.phone ?? '',
    },
    results: (adoption?.results ?? []).map((r) => ({
      name: r.name,
      unit: r.unit,
      baseline: text(r.baseline),
      achieved: text(r.achieved),
      year: text(r.year),
    })),
  };
}

// A date input gives '' for "no date".
const dateText = <T extends z.ZodType<unknown, string | null>>(schema: T) =>
  z
    .string()
    .transform((value) => (value === '' ? null : value))
    .pipe(schema);

/** The contract's fields (AdoptionFieldsSchema), read from the inputs' text. */
export const AdoptionFormSchema = AdoptionFieldsSchema.extend({
  /** Chosen by moderators only; '' for a coordinator, whose region the API knows. */
  regionCode: z.string(),
  startedOn: dateText(AdoptionFieldsSchema.shape.startedOn),
  finishedOn: dateText(AdoptionFieldsSchema.shape.finishedOn),
  contact: AdoptionContactSchema.extend({
    email: z.string().trim().pipe(AdoptionContactSchema.shape.email),
  }),
  results: z
    .array(
      AdoptionResultSchema.extend({
        baseline: decimalText(AdoptionResultSchema.shape.baseline),
        achieved: decimalText(AdoptionResultSchema.shape.achieved),
        year: decimalText(AdoptionResultSchema.shape.year),
      }),
    )
    .max(30),
});
export type AdoptionFormOutput = z.output<typeof AdoptionFormSchema>;

/** The id of the control an API field path is about (contact.email → adoption-contactEmail). */
export function fieldIdOf(field: string): string | undefined {
  const path = field.replace(/^body\./, '').split('.');
  if (path[0] === 'contact' && path[1])
    return `adoption-contact${path[1][0]?.toUpperCase()}${path[1].slice(1)}`;
  if (path[0] === 'results' && path[1]) return `adoption-result-${path[1]}-${path[2] ?? 'name'}`;
  const known = ['regionCode', 'status', 'startedOn', 'finishedOn', 'narrative'];
  return path[0] && known.includes(path[0]) ? `adoption-${path[0]}` : undefined;
}
