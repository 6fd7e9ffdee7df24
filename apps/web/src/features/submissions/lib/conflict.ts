// A save that met a newer revision: which of the person's unsaved fields collide with what was
// saved meanwhile, and the passport that results from their per-field choices. A field collides
// only when the saved version changed it since this editor last synced AND it differs from what
// the person typed; everything else merges by itself (their untouched fields take the saved
// values, their edits of fields nobody else changed are kept).
import type { DraftPassport } from '@registry/contracts/submissions';
import type { PassportField } from './steps';

export type Unsaved = Partial<Record<PassportField, unknown>>;
export type Choice = 'mine' | 'saved';

export interface ConflictField {
  field: PassportField;
  mine: unknown;
  saved: unknown;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A comparable form of a value: empty values alike, object keys in a fixed order. */
function canonical(value: unknown): unknown {
  if (isEmpty(value)) return null;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The unsaved fields that the saved version also changed, differently. */
export function conflictingFields(
  base: DraftPassport,
  saved: DraftPassport,
  unsaved: Unsaved,
): ConflictField[] {
  return (Object.keys(unsaved) as PassportField[])
    .filter((field) => !sameValue(saved[field], base[field]) && !sameValue(saved[field], unsaved[field]))
    .map((field) => ({ field, mine: unsaved[field], saved: saved[field] }));
}

/**
 * The passport to continue from (the saved one with the person's kept values) and the fields that
 * must still be saved on top of it. A conflicting field without a choice keeps the person's value.
 */
export function mergeChoices(
  base: DraftPassport,
  saved: DraftPassport,
  unsaved: Unsaved,
  choices: Partial<Record<PassportField, Choice>>,
): { values: DraftPassport; toSave: Unsaved } {
  const conflicts = new Set(conflictingFields(base, saved, unsaved).map((c) => c.field));
  const values: Record<string, unknown> = { ...saved };
  const toSave: Unsaved = {};
  for (const field of Object.keys(unsaved) as PassportField[]) {
    const keepMine = !conflicts.has(field) || choices[field] !== 'saved';
    if (!keepMine) continue;
    values[field] = unsaved[field];
    if (!sameValue(unsaved[field], saved[field])) toSave[field] = unsaved[field];
  }
  return { values: values as DraftPassport, toSave };
}
