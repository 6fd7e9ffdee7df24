// Adoption rows as the API answers them, and form fields as column values.
import type { Adoption, AdoptionFields } from '@registry/contracts/adoptions';
import type { Actor } from '../auth';
import { canEditAdoption } from './adoption-rules';
import type { AdoptionRow } from './adoptions.repository';

/** A date column's value as YYYY-MM-DD (Prisma reads DATE as UTC midnight). */
export const toDateOnly = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** YYYY-MM-DD as a DATE column value. */
export const fromDateOnly = (value: string | null) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

/** The adopted practice as every adoption answer names it. */
export const practiceRef = (row: AdoptionRow) => ({
  slug: row.practice.slug,
  title: row.practice.title,
  regionCode: row.practice.regionCode,
  regionName: row.practice.region.nameRu,
});

export function toAdoption(row: AdoptionRow, actor: Actor): Adoption {
  return {
    id: row.id,
    practice: practiceRef(row),
    regionCode: row.regionCode,
    regionName: row.region.nameRu,
    status: row.status,
    startedOn: toDateOnly(row.startedOn),
    finishedOn: toDateOnly(row.finishedOn),
    results: row.results,
    narrative: row.narrative,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    revision: row.revision,
    canEdit: canEditAdoption(actor, row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const fieldsToData = (body: Partial<AdoptionFields>) => ({
  ...(body.status !== undefined ? { status: body.status } : {}),
  ...(body.startedOn !== undefined ? { startedOn: fromDateOnly(body.startedOn) } : {}),
  ...(body.finishedOn !== undefined ? { finishedOn: fromDateOnly(body.finishedOn) } : {}),
  ...(body.results !== undefined ? { results: body.results } : {}),
  ...(body.narrative !== undefined ? { narrative: body.narrative } : {}),
  ...(body.contact !== undefined
    ? { contactName: body.contact.name, contactEmail: body.contact.email, contactPhone: body.contact.phone }
    : {}),
});
