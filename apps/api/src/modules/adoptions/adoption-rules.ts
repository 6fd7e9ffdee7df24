// Who may declare and edit an adoption, which practice may be adopted, and which dates make
// sense for a status. Pure helpers, tested as tables in adoption-rules.test.ts.
import { type AdoptionStatus, FINISHED_ADOPTION_STATUSES } from '@registry/contracts/adoptions';
import type { PracticeStatus } from '@registry/contracts/practice-enums';
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { FieldError } from '@registry/contracts/problem';
import type { Actor } from '../auth';

/**
 * A coordinator speaks for their own region only; moderators and admins may declare on a
 * region's behalf (e.g. from a letter of the region's ministry). Experts never declare.
 */
export function canDeclareFor(actor: Actor, regionCode: string): boolean {
  if (actor.role === 'admin' || actor.role === 'moderator') return true;
  return actor.role === 'coordinator' && actor.regionCode === regionCode;
}

/** Editing and withdrawing follow the same rule as declaring for the adoption's region. */
export const canEditAdoption = (actor: Actor, adoption: { regionCode: string }) =>
  canDeclareFor(actor, adoption.regionCode);

/** Staff who may see the adoption dashboard at all. */
export const canManageAdoptions = (actor: Actor) => actor.role !== 'expert';

export const isPublicStatus = (status: PracticeStatus) =>
  (PUBLIC_STATUSES as readonly PracticeStatus[]).includes(status);

export type AdoptableCheck = { ok: true } | { ok: false; reason: 'own_region' | 'not_public' };

/** Only public practices may be adopted, and never by the region they come from. */
export function checkAdoptable(
  practice: { regionCode: string; status: PracticeStatus },
  adoptingRegion: string,
): AdoptableCheck {
  if (!isPublicStatus(practice.status)) return { ok: false, reason: 'not_public' };
  if (practice.regionCode === adoptingRegion) return { ok: false, reason: 'own_region' };
  return { ok: true };
}

export interface AdoptionDates {
  status: AdoptionStatus;
  startedOn: string | null;
  finishedOn: string | null;
}

/**
 * Dates consistent with the status: work under way or done has a start; only an implemented or
 * stopped adoption has a finish date, never before the start nor in the future. `today` is
 * YYYY-MM-DD; ISO dates compare correctly as strings.
 */
export function checkDates(dates: AdoptionDates, today: string, prefix = 'body'): FieldError[] {
  const errors: FieldError[] = [];
  const finished = (FINISHED_ADOPTION_STATUSES as readonly AdoptionStatus[]).includes(dates.status);
  if ((dates.status === 'in_progress' || dates.status === 'implemented') && !dates.startedOn) {
    errors.push({ field: `${prefix}.startedOn`, message: 'Укажите дату начала внедрения' });
  }
  if (dates.finishedOn) {
    if (!finished) {
      errors.push({
        field: `${prefix}.finishedOn`,
        message: 'Дата завершения указывается только для внедрённой или прекращённой практики',
      });
    } else if (dates.startedOn && dates.finishedOn < dates.startedOn) {
      errors.push({ field: `${prefix}.finishedOn`, message: 'Дата завершения не может быть раньше начала' });
    } else if (dates.finishedOn > today) {
      errors.push({ field: `${prefix}.finishedOn`, message: 'Дата завершения не может быть в будущем' });
    }
  }
  return errors;
}
