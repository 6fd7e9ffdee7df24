// Signing in and out. Login is throttled per account and per address, from the security log,
// so the limit holds across every API process.
import type { LoginBody, SessionInfo } from '@registry/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from './authorization';
import { dummyVerify, verifyPassword } from './password';
import { countFailures, logSecurityEvent } from './security-log';
import { createSession, revokeSession } from './sessions';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export const toCurrentUser = (user: Omit<SessionUser, 'status'>): SessionInfo['user'] => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  region: user.region,
});

export async function login(request: FastifyRequest, body: { email: string; password: string }) {
  const prisma = request.server.db.prisma;
  const ip = request.ip;
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    countFailures(prisma, { email: body.email }, since),
    countFailures(prisma, { ip }, since),
  ]);
  if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) {
    await logSecurityEvent(prisma, { kind: 'login_throttled', email: body.email, ip });
    throw new AppError('TOO_MANY_ATTEMPTS', {
      status: 429,
      detail: 'Слишком много неудачных попыток входа. Попробуйте через 15 минут.',
      headers: { 'retry-after': String(THROTTLE_WINDOW_MS / 1000) },
    });
  }

  const user = await prisma.user.findUnique({
    where: { email: body.email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      passwordHash: true,
      region: { select: { code: true, nameRu: true } },
    },
  });
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, body.password)
    : await dummyVerify(body.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await logSecurityEvent(prisma, {
      kind: 'login_failed',
      userId: user?.id ?? null,
      email: body.email,
      ip,
      detail: { reason: !user ? 'unknown_email' : !passwordOk ? 'wrong_password' : `status_${user.status}` },
    });
    // One answer for every cause, so it does not reveal which addresses have accounts.
    throw new AppError('INVALID_CREDENTIALS', {
      status: 401,
      detail: 'Неверный адрес электронной почты или пароль',
    });
  }

  const { token, csrfToken } = await createSession(prisma, user.id, request.server.sessionPolicy, {
    ip,
    userAgent: request.headers['user-agent'],
  });
  await logSecurityEvent(prisma, { kind: 'login_succeeded', userId: user.id, email: user.email, ip });
  const { passwordHash: _hash, status: _status, ...sessionUser } = user;
  return { token, info: { user: toCurrentUser(sessionUser), csrfToken } satisfies SessionInfo };
}

export async function logout(request: FastifyRequest): Promise<void> {
  const session = request.session;
  if (!session) return;
  await revokeSession(request.server.db.prisma, session.id);
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'logout',
    userId: session.user.id,
    ip: request.ip,
  });
}

export type { LoginBody };
