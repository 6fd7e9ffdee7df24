// Signing in and out. Login is throttled per account and per address by counters in the
// database (rate_limits), so the limit holds across every API process.
import type { LoginBody, SessionInfo, UserRole } from '@registry/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from './authorization';
import { dummyVerify, verifyPassword } from './password';
import { pruneRateLimits, type RateLimitResult, releaseSlot, takeSlot } from './rate-limits';
import { logSecurityEvent, recordEpisode } from './security-log';
import { createSession, revokeSession } from './sessions';
import { verifyTotp } from './totp';

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

const loginKeys = (email: string, ip: string) => ({
  address: `login:ip:${ip}`,
  account: `login:account:${email}`,
  // While an account is locked, sign-in with a second factor has its own, separate allowance.
  totpWhileLocked: `login:totp:${email}`,
});

const tooManyAttempts = (retryAfterS: number, detail: string) =>
  new AppError('TOO_MANY_ATTEMPTS', {
    status: 429,
    detail,
    headers: { 'retry-after': String(retryAfterS) },
  });

const waitText = (retryAfterS: number) => `Попробуйте через ${Math.max(1, Math.ceil(retryAfterS / 60))} мин.`;

/**
 * Every attempt takes a slot per address and per account before the password is checked (one
 * atomic statement each, see rate-limits.ts); a failure keeps its slots, a success gives them
 * back. So however many attempts arrive at once, at most the limit of them reach the password.
 */
export async function login(
  request: FastifyRequest,
  body: { email: string; password: string; totpCode?: string | undefined },
) {
  const prisma = request.server.db.prisma;
  const ip = request.ip;
  const keys = loginKeys(body.email, ip);

  const byAddress = await takeSlot(prisma, keys.address, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MS);
  if (!byAddress.ok) {
    await recordEpisode(prisma, keys.address, byAddress, {
      kind: 'login_throttled',
      email: body.email,
      ip,
      detail: { scope: 'address' },
    });
    throw tooManyAttempts(
      byAddress.retryAfterS,
      `Слишком много неудачных попыток входа с этого адреса. ${waitText(byAddress.retryAfterS)}`,
    );
  }
  const byAccount = await takeSlot(prisma, keys.account, MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MS);
  if (!byAccount.ok) {
    return loginWhileLocked(request, body, byAccount);
  }

  const user = await findLoginUser(request, body.email);
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, body.password)
    : await dummyVerify(body.password);
  if (!user || !passwordOk || user.status === 'invited') {
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
  // From here on the password was right: the attempt is not a failure, unless the code is wrong.
  const giveBack = () => Promise.all([releaseSlot(prisma, keys.address), releaseSlot(prisma, keys.account)]);
  if (user.status === 'disabled') {
    await giveBack();
    throw await accountDisabled(request, user);
  }
  try {
    await checkSecondFactor(request, user, body.totpCode);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'TOTP_INVALID')) await giveBack();
    throw error;
  }
  await giveBack();
  return startSession(request, user);
}

function findLoginUser(request: FastifyRequest, email: string) {
  return request.server.db.prisma.user.findUnique({
    where: { email },
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
}

type LoginUser = NonNullable<Awaited<ReturnType<typeof findLoginUser>>>;

/**
 * Only someone who knows the password learns that the account is disabled; everyone else gets
 * the usual 401.
 */
async function accountDisabled(request: FastifyRequest, user: LoginUser) {
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'login_refused',
    userId: user.id,
    email: user.email,
    ip: request.ip,
    detail: { reason: 'account_disabled' },
  });
  return new AppError('ACCOUNT_DISABLED', {
    status: 403,
    detail: 'Учётная запись отключена. Чтобы снова войти, обратитесь к администратору или модератору.',
  });
}

/**
 * The account has had too many failures. Refusing outright would let anyone lock out an
 * administrator from anywhere, so an account with a second factor may still sign in with a
 * valid code and the password (the code is checked first, with its own small allowance);
 * without a second factor the account waits for the window to end.
 */
async function loginWhileLocked(
  request: FastifyRequest,
  body: { email: string; password: string; totpCode?: string | undefined },
  byAccount: Extract<RateLimitResult, { ok: false }>,
) {
  const prisma = request.server.db.prisma;
  const ip = request.ip;
  const keys = loginKeys(body.email, ip);
  const refuse = async () => {
    await releaseSlot(prisma, keys.address);
    await recordEpisode(prisma, keys.account, byAccount, {
      kind: 'login_throttled',
      email: body.email,
      ip,
      detail: { scope: 'account' },
    });
    return tooManyAttempts(
      byAccount.retryAfterS,
      `Слишком много неудачных попыток входа в эту учётную запись. ${waitText(byAccount.retryAfterS)} Если у вас включена двухфакторная аутентификация, можно войти сейчас: введите пароль и код из приложения.`,
    );
  };
  if (!body.totpCode) throw await refuse();
  const user = await findLoginUser(request, body.email);
  if (!user?.totpSecret || user.status !== 'active') throw await refuse();
  const allowance = await takeSlot(
    prisma,
    keys.totpWhileLocked,
    MAX_TOTP_TRIES_WHILE_LOCKED,
    THROTTLE_WINDOW_MS,
  );
  if (!allowance.ok) throw await refuse();

  const step = verifyTotp(user.totpSecret, body.totpCode, user.totpLastStep);
  const passwordOk =
    step !== null && user.passwordHash !== null && (await verifyPassword(user.passwordHash, body.password));
  if (step === null || !passwordOk || !(await claimTotpStep(request, user.id, step))) {
    await logSecurityEvent(prisma, {
      kind: 'login_failed',
      userId: user.id,
      email: user.email,
      ip,
      detail: { reason: step === null ? 'wrong_totp' : 'wrong_password', whileLocked: true },
    });
    throw new AppError('INVALID_CREDENTIALS', {
      status: 401,
      detail: 'Неверный пароль или код из приложения-аутентификатора',
    });
  }
  await Promise.all([releaseSlot(prisma, keys.address), releaseSlot(prisma, keys.totpWhileLocked)]);
  return startSession(request, user, { whileLocked: true });
}

/** Claiming the step in the same statement that checks it stops two logins using one code. */
async function claimTotpStep(request: FastifyRequest, userId: number, step: number) {
  const { count } = await request.server.db.prisma.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

async function startSession(request: FastifyRequest, user: LoginUser, detail?: object) {
  const prisma = request.server.db.prisma;
  const { token, csrfToken } = await createSession(prisma, user.id, request.server.sessionPolicy, {
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  });
  await logSecurityEvent(prisma, {
    kind: 'login_succeeded',
    userId: user.id,
    email: user.email,
    ip: request.ip,
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
  const claimed = step !== null && (await claimTotpStep(request, user.id, step));
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
