// Signing in and out. Login is throttled per account and per address by counters in the
// database (rate_limits), so the limit holds across every API process.
import type { LoginBody, UserRole } from '@registry/contracts/auth';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { claimTotpStep, findLoginUser, isTotpRequired, type LoginUser } from './auth.repository';
import { loginWhileLocked } from './locked-login';
import {
  type LoginContext,
  type LoginForm,
  loginKeys,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  startSession,
  THROTTLE_WINDOW_MS,
  tooManyAttempts,
  waitText,
} from './login-steps';
import { dummyVerify, verifyPassword } from './password';
import { releaseSlot, takeSlot } from './rate-limits.repository';
import { logSecurityEvent, recordEpisode } from './security-log.repository';
import { type ActiveSession, revokeSession } from './sessions.repository';
import { verifyTotp } from './totp';

export {
  type LoginContext,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  MAX_TOTP_TRIES_WHILE_LOCKED,
  THROTTLE_WINDOW_MS,
  toCurrentUser,
} from './login-steps';

/**
 * Every attempt takes a slot per address and per account before the password is checked (one
 * atomic statement each, see rate-limits.ts); a failure keeps its slots, a success gives them
 * back. So however many attempts arrive at once, at most the limit of them reach the password.
 */
export async function login(context: LoginContext, body: LoginForm) {
  const { prisma } = context;
  const ip = context.origin.ip;
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
    return loginWhileLocked(context, body, byAccount);
  }

  const user = await findLoginUser(prisma, body.email);
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
    throw await accountDisabled(context, user);
  }
  try {
    await checkSecondFactor(context, user, body.totpCode);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'TOTP_INVALID')) await giveBack();
    throw error;
  }
  await giveBack();
  return startSession(context, user);
}

/**
 * Only someone who knows the password learns that the account is disabled; everyone else gets
 * the usual 401.
 */
async function accountDisabled({ prisma, origin }: LoginContext, user: LoginUser) {
  await logSecurityEvent(prisma, {
    kind: 'login_refused',
    userId: user.id,
    email: user.email,
    ip: origin.ip,
    detail: { reason: 'account_disabled' },
  });
  return new AppError('ACCOUNT_DISABLED', {
    status: 403,
    detail: 'Учётная запись отключена. Чтобы снова войти, обратитесь к администратору или модератору.',
  });
}

/**
 * After the password: an account with TOTP must also give a valid, unused code (a wrong one
 * counts as a failed login); an account without it is refused when its role's policy makes
 * TOTP mandatory. (That user cannot set it up from here: an admin relaxes the policy first,
 * or a future flow lets them enrol before the session starts.)
 */
async function checkSecondFactor(
  { prisma, origin }: LoginContext,
  user: { id: number; email: string; role: UserRole; totpSecret: string | null; totpLastStep: number | null },
  code: string | undefined,
) {
  if (!user.totpSecret) {
    if (!(await isTotpRequired(prisma, user.role))) return;
    await logSecurityEvent(prisma, {
      kind: 'login_refused',
      userId: user.id,
      email: user.email,
      ip: origin.ip,
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
  const claimed = step !== null && (await claimTotpStep(prisma, user.id, step));
  if (claimed) return;
  await logSecurityEvent(prisma, {
    kind: 'login_failed',
    userId: user.id,
    email: user.email,
    ip: origin.ip,
    detail: { reason: 'wrong_totp' },
  });
  throw new AppError('TOTP_INVALID', {
    status: 401,
    detail: 'Неверный код из приложения-аутентификатора',
    errors: [{ field: 'body.totpCode', message: 'Неверный или уже использованный код' }],
  });
}

export async function logout(
  prisma: PrismaClient,
  session: Pick<ActiveSession, 'id' | 'user'> | null,
  ip: string,
): Promise<void> {
  if (!session) return;
  await revokeSession(prisma, session.id);
  await logSecurityEvent(prisma, { kind: 'logout', userId: session.user.id, email: session.user.email, ip });
}

export type { LoginBody };
