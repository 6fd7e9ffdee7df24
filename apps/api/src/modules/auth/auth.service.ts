// Signing in and out. Login is throttled per account and per address, from the security log,
// so the limit holds across every API process.
import type { LoginBody, SessionInfo, UserRole } from '@registry/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from './authorization';
import { dummyVerify, verifyPassword } from './password';
import { countFailures, logSecurityEvent } from './security-log';
import { createSession, revokeSession } from './sessions';
import { verifyTotp } from './totp';

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

export async function login(
  request: FastifyRequest,
  body: { email: string; password: string; totpCode?: string | undefined },
) {
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
      totpSecret: true,
      totpLastStep: true,
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

  await checkSecondFactor(request, user, body.totpCode);

  const { token, csrfToken } = await createSession(prisma, user.id, request.server.sessionPolicy, {
    ip,
    userAgent: request.headers['user-agent'],
  });
  await logSecurityEvent(prisma, { kind: 'login_succeeded', userId: user.id, email: user.email, ip });
  const {
    passwordHash: _hash,
    status: _status,
    totpSecret: _secret,
    totpLastStep: _step,
    ...sessionUser
  } = user;
  return { token, info: { user: toCurrentUser(sessionUser), csrfToken } satisfies SessionInfo };
}

/**
 * After the password: an account with TOTP must also give a valid, unused code (a wrong one
 * counts as a failed login); an account without it is refused when its role's policy makes
 * TOTP mandatory. (That user cannot set it up from here: an admin relaxes the policy first,
 * or a future flow lets them enrol before the session starts.)
 */
async function checkSecondFactor(
  request: FastifyRequest,
  user: { id: number; email: string; role: UserRole; totpSecret: string | null; totpLastStep: number | null },
  code: string | undefined,
) {
  const prisma = request.server.db.prisma;
  if (!user.totpSecret) {
    const policy = await prisma.rolePolicy.findUnique({
      where: { role: user.role },
      select: { totpRequired: true },
    });
    if (!policy?.totpRequired) return;
    await logSecurityEvent(prisma, {
      kind: 'login_refused',
      userId: user.id,
      email: user.email,
      ip: request.ip,
      detail: { reason: 'totp_setup_required' },
    });
    throw new AppError('TOTP_SETUP_REQUIRED', {
      status: 403,
      detail: 'Для вашей роли обязательна двухфакторная аутентификация. Обратитесь к администратору.',
    });
  }
  if (!code) {
    throw new AppError('TOTP_REQUIRED', {
      status: 401,
      detail: 'Введите код из приложения-аутентификатора',
      errors: [{ field: 'body.totpCode', message: 'Введите шестизначный код' }],
    });
  }
  const step = verifyTotp(user.totpSecret, code, user.totpLastStep);
  // Claiming the step in the same statement that checks it stops two logins using one code.
  const claimed =
    step !== null &&
    (
      await prisma.user.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      })
    ).count === 1;
  if (claimed) return;
  await logSecurityEvent(prisma, {
    kind: 'login_failed',
    userId: user.id,
    email: user.email,
    ip: request.ip,
    detail: { reason: 'wrong_totp' },
  });
  throw new AppError('TOTP_INVALID', {
    status: 401,
    detail: 'Неверный код из приложения-аутентификатора',
    errors: [{ field: 'body.totpCode', message: 'Неверный или уже использованный код' }],
  });
}

export async function logout(request: FastifyRequest): Promise<void> {
  const session = request.session;
  if (!session) return;
  await revokeSession(request.server.db.prisma, session.id);
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'logout',
    userId: session.user.id,
    email: session.user.email,
    ip: request.ip,
  });
}

export type { LoginBody };
