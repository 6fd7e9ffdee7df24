// Who may change which account: small pure rules, tested as a table in accounts.rules.test.ts.
import type { UserRole } from '@registry/contracts/auth';
import type { Actor as SignedIn } from '../auth';

/** The rules look only at who the caller is and their role. */
type Actor = Pick<SignedIn, 'id' | 'role'>;

export interface AccountChange {
  status?: 'active' | 'disabled' | undefined;
  role?: UserRole | undefined;
  regionCode?: string | null | undefined;
}

/** Roles a moderator may invite and may enable or disable. Only admins grant staff powers. */
export const MODERATED_ROLES: readonly UserRole[] = ['coordinator', 'expert'];

/** Whether `actor` may invite someone with `role`. */
export function canInvite(actor: Actor, role: UserRole): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'moderator' && MODERATED_ROLES.includes(role);
}

/** Why a change is refused: one reason per rule, so the answer can say which. */
export type ChangeRefusal = 'not_staff' | 'self' | 'admin_only' | 'out_of_reach';

/**
 * Whether `actor` may apply `change` to `target`, or why not: nobody disables themselves or
 * changes their own role; only admins change roles and regions; moderators enable and disable
 * coordinators and experts only.
 */
export function canChangeAccount(
  actor: Actor,
  target: { id: number; role: UserRole },
  change: AccountChange,
): ChangeRefusal | null {
  if (actor.role !== 'admin' && actor.role !== 'moderator') return 'not_staff';
  const changesRole = change.role !== undefined && change.role !== target.role;
  if (actor.id === target.id && (change.status === 'disabled' || changesRole)) return 'self';
  if (actor.role === 'admin') return null;
  if (change.role !== undefined || change.regionCode !== undefined) return 'admin_only';
  if (!MODERATED_ROLES.includes(target.role)) return 'out_of_reach';
  return null;
}

/**
 * Whether `actor` may hand `target` a password-reset link, or why not: admins for anyone but
 * themselves (they change their own password knowing the current one), moderators for
 * coordinators and experts.
 */
export function canIssueResetLink(
  actor: Actor,
  target: { id: number; role: UserRole },
): ChangeRefusal | null {
  if (actor.role !== 'admin' && actor.role !== 'moderator') return 'not_staff';
  if (actor.id === target.id) return 'self';
  if (actor.role === 'admin') return null;
  return MODERATED_ROLES.includes(target.role) ? null : 'out_of_reach';
}

/** Russian explanations of each refusal, for the problem's `detail`. */
export const refusalMessages: Record<ChangeRefusal, string> = {
  not_staff: 'У вашей роли нет доступа к управлению учётными записями',
  self: 'Нельзя отключить собственную учётную запись или изменить свою роль',
  admin_only: 'Роль и регион может менять только администратор',
  out_of_reach: 'Модератор может включать и отключать только координаторов и экспертов',
};
