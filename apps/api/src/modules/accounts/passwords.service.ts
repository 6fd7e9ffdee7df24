// Password reset by a one-hour link, and password change by the signed-in user. Both end every
// session of the account, so a stolen session does not outlive the password it came with.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import { MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MS } from '../auth/auth.service';
import type { SessionUser } from '../auth/authorization';
import { hashPassword, verifyPassword } from '../auth/password';
import { releaseSlot, takeSlot } from '../auth/rate-limits';
import { logSecurityEvent } from '../auth/security-log';
import { revokeAllSessions } from '../auth/sessions';
import { consumeToken, findUsableToken, issueToken, linkNoLongerValid, linkPath } from './account-tokens';
import { accountNotFound, forbidden, invalidField } from './accounts.errors';
import { findAccount } from './accounts.repository';
import { type ChangeRefusal, canIssueResetLink, refusalMessages } from './accounts.rules';

export const RESET_WINDOW_MS = 3600 * 1000;
export const MAX_RESETS_PER_EMAIL = 3;

/**
 * Starts a reset. The answer never depends on whether the account exists: every request is
 * logged and counted per address (so the limit applies alike to unknown addresses), and only
 * an active account gets a link.
 */
export async function requestPasswordReset(request: FastifyRequest, email: string) {
  const prisma = request.server.db.prisma;
  // Checked and counted in one statement, so parallel requests cannot slip past the limit.
  const slot = await takeSlot(prisma, `reset:${email}`, MAX_RESETS_PER_EMAIL, RESET_WINDOW_MS);
  if (!slot.ok) {
    throw new AppError('TOO_MANY_ATTEMPTS', {
      status: 429,
      detail: 'Слишком много запросов на восстановление пароля. Попробуйте позже.',
      headers: { 'retry-after': String(slot.retryAfterS) },
    });
  }

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, status: true } });
  const active = user?.status === 'active';
  await logSecurityEvent(prisma, {
    kind: 'password_reset_requested',
    userId: user?.id ?? null,
    email,
    ip: request.ip,
    detail: { linkIssued: active },
  });
  if (!user || !active) return;
  const { token } = await issueToken(prisma, 'password_reset', user.id, null);
  // There is no e-mail service yet: the link goes to the log, for an operator to pass on.
  request.log.info({ email, resetUrl: linkPath.password_reset(token) }, 'password reset link');
}

/**
 * A staff member creates a one-hour reset link for an active account, to hand over in person or
 * by their own mail; it supersedes the links the person asked for themselves.
 */
export async function issueResetLink(request: FastifyRequest, actor: SessionUser, id: number) {
  const prisma = request.server.db.prisma;
  const target = await findAccount(prisma, id);
  if (!target) throw accountNotFound(id);
  const refusal = canIssueResetLink(actor, target);
  // Refused like any other account action: logged in the security log.
  if (refusal)
    throw await forbidden(request, actor.id, `reset_link_${refusal}`, resetRefusalMessages[refusal]);
  if (target.status !== 'active') {
    throw new AppError('ACCOUNT_NOT_ACTIVE', {
      status: 409,
      detail: 'Ссылку для смены пароля можно выдать только активной учётной записи',
    });
  }
  const { token, expiresAt } = await prisma.$transaction(async (tx) => {
    await tx.oneTimeToken.updateMany({
      where: { userId: id, purpose: 'password_reset', usedAt: null, createdById: null },
      data: { usedAt: new Date() },
    });
    return issueToken(tx, 'password_reset', id, actor.id);
  });
  await logSecurityEvent(prisma, {
    kind: 'password_reset_link_issued',
    userId: actor.id,
    email: target.email,
    ip: request.ip,
    detail: { accountId: id },
  });
  return { expiresAt: expiresAt.toISOString(), resetUrl: linkPath.password_reset(token) };
}

const resetRefusalMessages: Record<ChangeRefusal, string> = {
  ...refusalMessages,
  self: 'Свой пароль меняйте в разделе «Безопасность»: для этого нужен текущий пароль',
  out_of_reach: 'Модератор выдаёт ссылки только координаторам и экспертам',
};

/** The state of a reset link, read without using it up (the page says so before the form). */
export async function resetLinkState(request: FastifyRequest, token: string) {
  const row = await findUsableToken(request.server.db.prisma, 'password_reset', token);
  if (row.user.status !== 'active') throw linkNoLongerValid();
  return { expiresAt: row.expiresAt.toISOString() };
}

export async function completePasswordReset(request: FastifyRequest, token: string, password: string) {
  const prisma = request.server.db.prisma;
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const row = await findUsableToken(tx, 'password_reset', token);
    if (row.user.status !== 'active') throw linkNoLongerValid();
    await consumeToken(tx, row.id);
    const now = new Date();
    await tx.user.update({
      where: { id: row.user.id },
      data: { passwordHash, passwordChangedAt: now },
      select: { id: true },
    });
    // Other reset links of the account die with this one.
    await tx.oneTimeToken.updateMany({
      where: { userId: row.user.id, purpose: 'password_reset', usedAt: null },
      data: { usedAt: now },
    });
    // Every session ends, as revokeAllSessions does, inside this transaction.
    await tx.session.updateMany({
      where: { userId: row.user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    return row.user;
  });
  await logSecurityEvent(prisma, {
    kind: 'password_reset_completed',
    userId: user.id,
    email: user.email,
    ip: request.ip,
  });
}

export async function changePassword(
  request: FastifyRequest,
  actor: SessionUser,
  body: { currentPassword: string; newPassword: string },
) {
  const prisma = request.server.db.prisma;
  const key = `password-change:${actor.id}`;
  const slot = await takeSlot(prisma, key, MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MS);
  if (!slot.ok) {
    throw new AppError('TOO_MANY_ATTEMPTS', {
      status: 429,
      detail: 'Слишком много неудачных попыток. Попробуйте позже.',
      headers: { 'retry-after': String(slot.retryAfterS) },
    });
  }
  const { passwordHash } = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!passwordHash || !(await verifyPassword(passwordHash, body.currentPassword))) {
    await logSecurityEvent(prisma, { kind: 'password_change_failed', userId: actor.id, ip: request.ip });
    throw invalidField('body.currentPassword', 'Текущий пароль указан неверно');
  }
  await releaseSlot(prisma, key);
  await prisma.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(body.newPassword), passwordChangedAt: new Date() },
    select: { id: true },
  });
  await revokeAllSessions(prisma, actor.id);
  await logSecurityEvent(prisma, {
    kind: 'password_changed',
    userId: actor.id,
    email: actor.email,
    ip: request.ip,
  });
}
