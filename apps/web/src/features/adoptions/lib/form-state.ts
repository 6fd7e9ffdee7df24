// The declaration form's state (text inputs hold strings), its conversion to the API body, and
// which control an API field path is about (lib/form-errors.ts maps the problem with it).
import type { Adoption, AdoptionFields, AdoptionStatus } from '@registry/contracts/adoptions';

export interface ResultRow {
  name: string;
  unit: string;
  baseline: string;
  achieved: string;
  year: string;
}

export interface FormState {
  regionCode: string;
  status: AdoptionStatus;
  startedOn: string;
  finishedOn: string;
  narrative: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  results: ResultRow[];
}

const text = (value: number | null) => (value === null ? '' : String(value));

export function initialState(adoption: Adoption | null): FormState {
  return {
    regionCode: adoption?.regionCode ?? '',
    status: adoption?.status ?? 'planning',
    startedOn: adoption?.startedOn ?? '',
    finishedOn: adoption?.finishedOn ?? '',
    narrative: adoption?.narrative ?? '',
    contactName: adoption?.contact.name ?? '',
    contactEmail: adoption?.contact.email ?? '',
    contactPhone: adoption?.contact.phone ?? '',
    results: (adoption?.results ?? []).map((r) => ({
      name: r.name,
      unit: r.unit,
      baseline: text(r.baseline),
      achieved: text(r.achieved),
      year: text(r.year),
    })),
  };
}

/** "4,5" and "4.5" are both numbers; empty is "no value"; anything else is sent as is for the API to refuse. */
const number = (value: string): number | null => {
  const trimmed = value.trim().replace(',', '.').replace(/\s/g, '');
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  // JSON would turn NaN into null and lose the mistake: send the text, the API names the field.
  return Number.isNaN(parsed) ? (value as unknown as number) : parsed;
};

export function toBody(state: FormState): AdoptionFields {
  return {
    status: state.status,
    startedOn: state.startedOn || null,
    finishedOn: state.finishedOn || null,
    narrative: state.narrative,
    contact: { name: state.contactName, email: state.contactEmail.trim(), phone: state.contactPhone },
    results: state.results.map((r) => ({
      name: r.name.trim(),
      unit: r.unit.trim(),
      baseline: number(r.baseline),
      achieved: number(r.achieved),
      year: number(r.year),
    })),
  };
}

/** The id of the control an API field path is about (contact.email → adoption-contactEmail). */
export function fieldIdOf(field: string): string | undefined {
  const path = field.replace(/^body\./, '').split('.');
  if (path[0] === 'contact' && path[1])
    return `adoption-contact${path[1][0]?.toUpperCase()}${path[1].slice(1)}`;
  if (path[0] === 'results' && path[1]) return `adoption-result-${path[1]}-${path[2] ?? 'name'}`;
  const known = ['regionCode', 'status', 'startedOn', 'finishedOn', 'narrative'];
  return path[0] && known.includes(path[0]) ? `adoption-${path[0]}` : undefined;
}
