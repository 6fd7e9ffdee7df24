// Password reset by a one-hour link, and password change by the signed-in user. Both end every
// session of the account, so a stolen session does not outlive the password it came with.
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import {
  type Actor,
  hashPassword,
  logSecurityEvent,
  MAX_FAILURES_PER_ACCOUNT,
  type Origin,
  releaseSlot,
  revokeAllSessions,
  THROTTLE_WINDOW_MS,
  takeSlot,
  verifyPassword,
} from '../auth';
import { enqueueMail } from '../mail';
import {
  consumeToken,
  expireTokens,
  findUsableToken,
  issueToken,
  linkNoLongerValid,
  linkPath,
} from './account-tokens.repository';
import { accountNotFound, forbidden, invalidField } from './accounts.errors';
import { findAccount, findCredentials, findUserByEmail, setPassword } from './accounts.repository';
import { type ChangeRefusal, canIssueResetLink, refusalMessages } from './accounts.rules';

export const RESET_WINDOW_MS = 3600 * 1000;
export const MAX_RESETS_PER_EMAIL = 3;

/**
 * Starts a reset. The answer never depends on whether the account exists: every request is
 * logged and counted per address (so the limit applies alike to unknown addresses), and only
 * an active account gets a link, by mail (the outbox, written with the link). The link is also
 * returned for the route to write to the log (null when none was made).
 */
export async function requestPasswordReset(
  prisma: PrismaClient,
  origin: Origin,
  email: string,
): Promise<string | null> {
  // Checked and counted in one statement, so parallel requests cannot slip past the limit.
  const slot = await takeSlot(prisma, `reset:${email}`, MAX_RESETS_PER_EMAIL, RESET_WINDOW_MS);
  if (!slot.ok) {
    throw new AppError('TOO_MANY_ATTEMPTS', {
      status: 429,
      detail: 'Слишком много запросов на восстановление пароля. Попробуйте позже.',
      headers: { 'retry-after': String(slot.retryAfterS) },
    });
  }

  const user = await findUserByEmail(prisma, email);
  const active = user?.status === 'active';
  await logSecurityEvent(prisma, {
    kind: 'password_reset_requested',
    userId: user?.id ?? null,
    email,
    ip: origin.ip,
    detail: { linkIssued: active },
  });
  if (!user || !active) return null;
  const token = await prisma.$transaction(async (tx) => {
    const issued = await issueToken(tx, 'password_reset', user.id, null);
    await mailResetLink(tx, user, issued);
    return issued.token;
  });
  return linkPath.password_reset(token);
}

/** The reset-link mail, written with the transaction that issues the link (docs/mail.md). */
function mailResetLink(
  tx: Prisma.TransactionClient,
  user: { email: string; name: string },
  issued: { token: string; expiresAt: Date },
) {
  return enqueueMail(tx, {
    to: user.email,
    template: 'password_reset',
    data: {
      name: user.name,
      link: linkPath.password_reset(issued.token),
      expiresAt: issued.expiresAt.toISOString(),
    },
  });
}

/**
 * A staff member creates a one-hour reset link for an active account, to hand over in person or
 * by their own mail; it supersedes the links the person asked for themselves.
 */
export async function issueResetLink(prisma: PrismaClient, origin: Origin, actor: Actor, id: number) {
  const target = await findAccount(prisma, id);
  if (!target) throw accountNotFound(id);
  const refusal = canIssueResetLink(actor, target);
  // Refused like any other account action: logged in the security log.
  if (refusal)
    throw await forbidden(prisma, origin, actor.id, `reset_link_${refusal}`, resetRefusalMessages[refusal]);
  if (target.status !== 'active') {
    throw new AppError('ACCOUNT_NOT_ACTIVE', {
      status: 409,
      detail: 'Ссылку для смены пароля можно выдать только активной учётной записи',
    });
  }
  const { token, expiresAt } = await prisma.$transaction(async (tx) => {
    await expireTokens(tx, id, 'password_reset', { selfRequestedOnly: true });
    const issued = await issueToken(tx, 'password_reset', id, actor.id);
    await mailResetLink(tx, target, issued);
    return issued;
  });
  await logSecurityEvent(prisma, {
    kind: 'password_reset_link_issued',
    userId: actor.id,
    email: target.email,
    ip: origin.ip,
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
export async function resetLinkState(prisma: PrismaClient, token: string) {
  const row = await findUsableToken(prisma, 'password_reset', token);
  if (row.user.status !== 'active') throw linkNoLongerValid();
  return { expiresAt: row.expiresAt.toISOString() };
}

export async function completePasswordReset(
  prisma: PrismaClient,
  origin: Origin,
  token: string,
  password: string,
) {
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const row = await findUsableToken(tx, 'password_reset', token);
    if (row.user.status !== 'active') throw linkNoLongerValid();
    await consumeToken(tx, row.id);
    const now = new Date();
    await setPassword(tx, row.user.id, passwordHash, now);
    // Other reset links of the account die with this one, and every session ends.
    await expireTokens(tx, row.user.id, 'password_reset', { now });
    await revokeAllSessions(tx, row.user.id, now);
    return row.user;
  });
  await logSecurityEvent(prisma, {
    kind: 'password_reset_completed',
    userId: user.id,
    email: user.email,
    ip: origin.ip,
  });
}

export async function changePassword(
  prisma: PrismaClient,
  origin: Origin,
  actor: Actor,
  body: { currentPassword: string; newPassword: string },
) {
  const key = `password-change:${actor.id}`;
  const slot = await takeSlot(prisma, key, MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MS);
  if (!slot.ok) {
    throw new AppError('TOO_MANY_ATTEMPTS', {
      status: 429,
      detail: 'Слишком много неудачных попыток. Попробуйте позже.',
      headers: { 'retry-after': String(slot.retryAfterS) },
    });
  }
  const { email, passwordHash } = await findCredentials(prisma, actor.id);
  if (!passwordHash || !(await verifyPassword(passwordHash, body.currentPassword))) {
    await logSecurityEvent(prisma, { kind: 'password_change_failed', userId: actor.id, ip: origin.ip });
    throw invalidField('body.currentPassword', 'Текущий пароль указан неверно');
  }
  await releaseSlot(prisma, key);
  await setPassword(prisma, actor.id, await hashPassword(body.newPassword));
  await revokeAllSessions(prisma, actor.id);
  await logSecurityEvent(prisma, {
    kind: 'password_changed',
    userId: actor.id,
    email,
    ip: origin.ip,
  });
}
