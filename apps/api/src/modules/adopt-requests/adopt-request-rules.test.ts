import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth';
import { canReadRequests, checkFormToken, FORM_TOKEN_TTL_MS, issueFormToken } from './adopt-request-rules';

const actor = (role: Actor['role'], regionCode: string | null = null): Actor => ({ id: 1, role, regionCode });

describe('who may read a practice’s adopt requests', () => {
  it.each([
    [actor('coordinator', '72'), true],
    [actor('coordinator', '66'), false],
    [actor('moderator'), true],
    [actor('admin'), true],
    [actor('expert', '72'), false],
  ])('%o → %s', (who, allowed) => {
    expect(canReadRequests(who, '72')).toBe(allowed);
  });
});

describe('the form token', () => {
  const now = 1_800_000_000_000;
  const token = issueFormToken('secret', now);
  it('accepts a form sent after the minimum fill time, refuses one sent faster', () => {
    expect(checkFormToken('secret', token, now + 1000)).toBe('too_fast');
    expect(checkFormToken('secret', token, now + 3000)).toBe('ok');
  });
  it('refuses a forged, foreign or stale token', () => {
    expect(checkFormToken('secret', `${now - 60_000}.${token.split('.')[1]}`, now)).toBe('invalid');
    expect(checkFormToken('other', token, now + 5000)).toBe('invalid');
    expect(checkFormToken('secret', token, now + FORM_TOKEN_TTL_MS + 1)).toBe('invalid');
    expect(checkFormToken('secret', 'garbage', now)).toBe('invalid');
  });
});
