// The security log: every login attempt, logout and refused access, for admins to read and for
// throttling (counts come from here, so all API processes share them).
import type { PrismaClient } from '@registry/db/generated/prisma/client';

export type SecurityEventKind =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_throttled'
  | 'logout'
  | 'access_refused'
  | 'csrf_refused'
  | 'user_created'
  | 'login_refused'
  | 'invitation_created'
  | 'invitation_accepted'
  | 'password_reset_requested'
  | 'password_reset_completed'
  | 'password_reset_link_issued'
  | 'password_changed'
  | 'password_change_failed'
  | 'account_updated'
  | 'totp_enabled'
  | 'totp_disabled'
  | 'role_policy_changed';

export function logSecurityEvent(
  prisma: PrismaClient,
  event: {
    kind: SecurityEventKind;
    userId?: number | null;
    email?: string | null;
    ip?: string | null;
    detail?: object;
  },
) {
  return prisma.securityEvent.create({
    data: {
      kind: event.kind,
      userId: event.userId ?? null,
      email: event.email ?? null,
      ip: event.ip ?? null,
      detail: (event.detail ?? {}) as object,
    },
    select: { id: true },
  });
}

/** Failed logins for an address or from an IP since `since`. */
export function countFailures(prisma: PrismaClient, where: { email?: string; ip?: string }, since: Date) {
  return prisma.securityEvent.count({ where: { kind: 'login_failed', at: { gte: since }, ...where } });
}
