// Who may see, edit and move a practice that is not (only) public. One helper per rule, tested
// as a table in submission-rules.test.ts.
import type { PracticeStatus } from '@registry/contracts/practice-enums';
import { findTransition, type PracticeAction, type Transition } from '@registry/contracts/practice-workflow';
import type { Actor } from '../auth';

export interface PracticeRef {
  regionCode: string;
  status: PracticeStatus;
  /** Experts with a live (assigned or submitted) review assignment on the practice. */
  reviewAssignments?: readonly { expertId: number }[];
}

const ownRegion = (actor: Actor, practice: PracticeRef) =>
  actor.role === 'coordinator' && actor.regionCode === practice.regionCode;

const assignedExpert = (actor: Actor, practice: PracticeRef) =>
  actor.role === 'expert' && (practice.reviewAssignments ?? []).some((a) => a.expertId === actor.id);

/**
 * Coordinators see their region's practices; moderators and admins see all; experts only the
 * practices they have a live review assignment on (read-only: they edit and move nothing).
 */
export function canViewPractice(actor: Actor, practice: PracticeRef): boolean {
  return (
    actor.role === 'moderator' ||
    actor.role === 'admin' ||
    ownRegion(actor, practice) ||
    assignedExpert(actor, practice)
  );
}

/** Statuses whose passport the region (or an admin) may change; a published one gets a new version. */
const EDITABLE_BY_REGION: readonly PracticeStatus[] = ['draft', 'needs_revision', 'published', 'recommended'];

export function canEditPractice(actor: Actor, practice: PracticeRef): boolean {
  if (!EDITABLE_BY_REGION.includes(practice.status)) return false;
  return actor.role === 'admin' || ownRegion(actor, practice);
}

export function canCreateIn(actor: Actor, regionCode: string): boolean {
  return (
    actor.role === 'admin' ||
    actor.role === 'moderator' ||
    (actor.role === 'coordinator' && actor.regionCode === regionCode)
  );
}

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; reason: 'illegal' | 'forbidden' };

/** Whether `actor` may take `action` now: the move must exist from the status and be theirs. */
export function checkTransition(
  actor: Actor,
  practice: PracticeRef,
  action: PracticeAction,
): TransitionCheck {
  const transition = findTransition(action, practice.status);
  if (!transition) return { ok: false, reason: 'illegal' };
  if (!transition.roles.includes(actor.role)) return { ok: false, reason: 'forbidden' };
  if (actor.role === 'coordinator' && !ownRegion(actor, practice)) return { ok: false, reason: 'forbidden' };
  return { ok: true, transition };
}

/** Statuses in which the practice is or was public, so its address may be out in the world. */
export const PUBLISHED_STATUSES: readonly PracticeStatus[] = ['published', 'recommended', 'archived'];

/**
 * The page address: before publication the region's coordinator and moderators may set it;
 * once published only moderators (and admins), because links to it are out in the world.
 */
export function canEditSlug(actor: Actor, practice: PracticeRef): boolean {
  if (actor.role === 'moderator' || actor.role === 'admin') return true;
  return !PUBLISHED_STATUSES.includes(practice.status) && ownRegion(actor, practice);
}
