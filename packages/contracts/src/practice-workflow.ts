import type { UserRole } from './auth';
import type { PracticeStatus } from './practice-enums';
import { z } from './zod';

/** What a person does to a practice; each is one edge of the state machine below. */
export const PRACTICE_ACTIONS = [
  'submit',
  'withdraw',
  'accept_for_review',
  'return_for_revision',
  'reject',
  'publish',
  'archive',
  'restore',
  'recommend',
  'withdraw_recommendation',
] as const;
export const PracticeActionSchema = z.enum(PRACTICE_ACTIONS);
export type PracticeAction = z.infer<typeof PracticeActionSchema>;

export interface Transition {
  action: PracticeAction;
  from: readonly PracticeStatus[];
  to: PracticeStatus;
  /** Roles that may take it; coordinators only for their own region. */
  roles: readonly UserRole[];
  /** A comment is required (returning, rejecting). */
  commentRequired: boolean;
  /**
   * Only taken through the review decision (POST /api/reviews/practices/:id/decision), which
   * also asks for a public justification and an evidence level; never offered as a plain move.
   */
  decisionOnly?: boolean;
}

/**
 * The practice life cycle, defined once: the API enforces it (an illegal move is a 409) and the
 * UI offers only the moves it allows. Diagram: docs/roles.md.
 */
export const PRACTICE_TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft', 'needs_revision'],
    to: 'submitted',
    roles: ['coordinator', 'admin'],
    commentRequired: false,
  },
  {
    // Until a moderator acts (accepting, assigning experts, returning…) the region may take its
    // submission back; after that the status has moved on and the move is illegal (409).
    action: 'withdraw',
    from: ['submitted'],
    to: 'draft',
    roles: ['coordinator', 'admin'],
    commentRequired: false,
  },
  {
    action: 'accept_for_review',
    from: ['submitted'],
    to: 'in_review',
    roles: ['moderator', 'admin'],
    commentRequired: false,
  },
  {
    action: 'return_for_revision',
    from: ['submitted', 'in_review'],
    to: 'needs_revision',
    roles: ['moderator', 'admin'],
    commentRequired: true,
  },
  {
    action: 'reject',
    from: ['submitted', 'in_review'],
    to: 'rejected',
    roles: ['moderator', 'admin'],
    commentRequired: true,
  },
  {
    action: 'publish',
    from: ['submitted', 'in_review'],
    to: 'published',
    roles: ['moderator', 'admin'],
    commentRequired: false,
  },
  {
    action: 'archive',
    from: ['published', 'recommended'],
    to: 'archived',
    roles: ['moderator', 'admin'],
    commentRequired: true,
  },
  {
    action: 'restore',
    from: ['archived'],
    to: 'published',
    roles: ['moderator', 'admin'],
    commentRequired: false,
  },
  {
    action: 'recommend',
    from: ['in_review', 'published', 'recommended'],
    to: 'recommended',
    roles: ['moderator', 'admin'],
    commentRequired: true,
    decisionOnly: true,
  },
  {
    action: 'withdraw_recommendation',
    from: ['recommended'],
    to: 'published',
    roles: ['moderator', 'admin'],
    commentRequired: true,
  },
];

export const practiceActionLabels: Record<PracticeAction, string> = {
  submit: 'Отправить на рассмотрение',
  withdraw: 'Отозвать в черновик',
  accept_for_review: 'Передать на экспертизу',
  return_for_revision: 'Вернуть на доработку',
  reject: 'Отклонить',
  publish: 'Опубликовать',
  archive: 'Перенести в архив',
  restore: 'Вернуть из архива',
  recommend: 'Рекомендовать к тиражированию',
  withdraw_recommendation: 'Снять рекомендацию',
};

export function findTransition(action: PracticeAction, from: PracticeStatus): Transition | undefined {
  return PRACTICE_TRANSITIONS.find((t) => t.action === action && t.from.includes(from));
}

/**
 * The plain moves a role may make from a status (coordinators: region checks are the API's).
 * Decision-only moves (recommend) are left out: they need the review decision form.
 */
export function allowedActions(status: PracticeStatus, role: UserRole): PracticeAction[] {
  return PRACTICE_TRANSITIONS.filter(
    (t) => !t.decisionOnly && t.from.includes(status) && t.roles.includes(role),
  ).map((t) => t.action);
}

/** Statuses in which the region may still edit the passport freely. */
export const EDITABLE_STATUSES: readonly PracticeStatus[] = ['draft', 'needs_revision'];
