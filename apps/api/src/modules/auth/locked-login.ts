// Signing in while the account is locked by failed attempts: only with the password and a valid
// second-factor code, within a small allowance of its own.
import { AppError } from '../../lib/app-error';
import { claimTotpStep, findLoginUser } from './auth.repository';
import {
  type LoginContext,
  type LoginForm,
  loginKeys,
  MAX_TOTP_TRIES_WHILE_LOCKED,
  startSession,
  THROTTLE_WINDOW_MS,
  tooManyAttempts,
  waitText,
} from './login-steps';
import { verifyPassword } from './password';
import { type RateLimitResult, releaseSlot, takeSlot } from './rate-limits.repository';
import { logSecurityEvent, recordEpisode } from './security-log.repository';
import { verifyTotp } from './totp';

/**
 * The account has had too many failures. Refusing outright would let anyone lock out an
 * administrator from anywhere, so an account with a second factor may still sign in with a
 * valid code and the password (the code is checked first, with its own small allowance);
 * without a second factor the account waits for the window to end.
 */
export async function loginWhileLocked(
  context: LoginContext,
  body: LoginForm,
  byAccount: Extract<RateLimitResult, { ok: false }>,
) {
  const { prisma } = context;
  const ip = context.origin.ip;
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
  const user = await findLoginUser(prisma, body.email);
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
  if (step === null || !passwordOk || !(await claimTotpStep(prisma, user.id, step))) {
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
  return startSession(context, user, { whileLocked: true });
}
