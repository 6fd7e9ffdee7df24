// Who may read and answer «adopt this practice» requests, and the signed note that says when a
// form was given out (for the minimum fill time). Pure functions, tested as tables.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ADOPT_REQUEST_MIN_FILL_MS } from '@registry/contracts/adopt-requests';
import type { Actor } from '../auth';

/**
 * The requester's personal data is for the practice region's coordinators and for moderators
 * (and admins): nobody else, experts included.
 */
export function canReadRequests(actor: Actor, practiceRegion: string): boolean {
  if (actor.role === 'moderator' || actor.role === 'admin') return true;
  return actor.role === 'coordinator' && actor.regionCode === practiceRegion;
}

/** A form older than this is refused as stale: the page should be reloaded. */
export const FORM_TOKEN_TTL_MS = 24 * 3_600_000;

const sign = (secret: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`adopt-request-form:${issuedAt}`).digest('base64url');

export const issueFormToken = (secret: string, now: number) => `${now}.${sign(secret, now)}`;

export type FormTokenCheck = 'ok' | 'invalid' | 'too_fast';

export function checkFormToken(secret: string, token: string, now: number): FormTokenCheck {
  const [issued, signature] = token.split('.');
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt) || !signature) return 'invalid';
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt > FORM_TOKEN_TTL_MS || issuedAt > now + 60_000) return 'invalid';
  return now - issuedAt < ADOPT_REQUEST_MIN_FILL_MS ? 'too_fast' : 'ok';
}
