// TOTP second factor (RFC 6238: SHA-1, 6 digits, 30 s), via `otpauth`. A code is accepted one
// step either side of now for clock drift, and never twice: the accepted step is remembered.
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Реестр лучших практик';
const PERIOD_S = 30;

const totpFor = (secret: string, label = '') =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), period: PERIOD_S });

/** A fresh 160-bit secret, its base32 form and the otpauth:// URL for an authenticator app. */
export function newTotpSecret(email: string) {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, otpauthUrl: totpFor(secret, email).toString() };
}

/**
 * The time step a code belongs to, or null when it is wrong or its step was already used
 * (`lastStep`), so an observed code cannot be replayed.
 */
export function verifyTotp(secret: string, code: string, lastStep: number | null, now = Date.now()) {
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD_S) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
