// What every path of a login shares: its context, the throttling limits and keys, the refusal
// for too many attempts, and starting the session once the caller has proved who they are.
import type { SessionInfo } from '@registry/contracts/auth';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import type { Origin } from './actor';
import type { LoginUser } from './auth.repository';
import { pruneRateLimits } from './rate-limits.repository';
import { logSecurityEvent } from './security-log.repository';
import { createSession, type SessionPolicy, type SessionUser } from './sessions.repository';

/** What a login needs besides the form: the database, the session policy and where it came from. */
export interface LoginContext {
  prisma: PrismaClient;
  policy: SessionPolicy;
  origin: Origin;
}

export type LoginForm = { email: string; password: string; totpCode?: string | undefined };

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
/** Codes a locked account's owner may try per window (see loginWhileLocked). */
export const MAX_TOTP_TRIES_WHILE_LOCKED = 10;

export const toCurrentUser = (user: Omit<SessionUser, 'status'>): SessionInfo['user'] => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  region: user.region,
});

export const loginKeys = (email: string, ip: string) => ({
  address: `login:ip:${ip}`,
  account: `login:account:${email}`,
  // While an account is locked, sign-in with a second factor has its own, separate allowance.
  totpWhileLocked: `login:totp:${email}`,
});

export const tooManyAttempts = (retryAfterS: number, detail: string) =>
  new AppError('TOO_MANY_ATTEMPTS', {
    status: 429,
    detail,
    headers: { 'retry-after': String(retryAfterS) },
  });

export const waitText = (retryAfterS: number) =>
  `Попробуйте через ${Math.max(1, Math.ceil(retryAfterS / 60))} мин.`;

export async function startSession(
  { prisma, policy, origin }: LoginContext,
  user: LoginUser,
  detail?: object,
) {
  const { token, csrfToken } = await createSession(prisma, user.id, policy, {
    ip: origin.ip,
    userAgent: origin.userAgent,
  });
  await logSecurityEvent(prisma, {
    kind: 'login_succeeded',
    userId: user.id,
    email: user.email,
    ip: origin.ip,
    ...(detail ? { detail } : {}),
  });
  // Now and then, forget counters of windows that ended long ago.
  if (Math.random() < 0.05) await pruneRateLimits(prisma, 2 * THROTTLE_WINDOW_MS);
  const {
    passwordHash: _hash,
    status: _status,
    totpSecret: _secret,
    totpLastStep: _step,
    ...sessionUser
  } = user;
  return { token, info: { user: toCurrentUser(sessionUser), csrfToken } satisfies SessionInfo };
}
