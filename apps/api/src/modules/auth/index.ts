// What other modules (and app.ts) may use of the auth module: the signed-in caller, the
// session plugin and its cookie, the security log, throttling counters, passwords and TOTP.
import type { ApiModule } from '../../lib/api-module';
import { authRoutes } from './auth.routes';

export { type Actor, type Origin, toActor } from './actor';
export { isTotpRequired } from './auth.repository';
export { MAX_FAILURES_PER_ACCOUNT, MAX_TOTP_TRIES_WHILE_LOCKED, THROTTLE_WINDOW_MS } from './auth.service';
export { originOf, requireRole, requireUser } from './authorization';
export { hashPassword, verifyPassword } from './password';
export { releaseSlot, takeSlot } from './rate-limits.repository';
export { logSecurityEvent } from './security-log.repository';
export { clearSessionCookie, default as sessionPlugin, setSessionCookie } from './session-plugin';
export { revokeAllSessions, type SessionPolicy, tokenId } from './sessions.repository';
export { newTotpSecret, verifyTotp } from './totp';

export const authModule: ApiModule = {
  tags: [{ name: 'auth', description: 'Signing in and out; the session and its CSRF token' }],
  routes: authRoutes,
};
