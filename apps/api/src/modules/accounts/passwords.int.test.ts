import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, TEST_PASSWORD } from '../../../test/users';
import { type AccountsTestApp, createAccountsTestApp } from './accounts.test-support';
import { MAX_RESETS_PER_EMAIL } from './passwords.service';

describe('password reset and change', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const me = (cookie: string) => t.app.inject({ url: '/api/auth/me', headers: { cookie } });
  const requestReset = (email: string) =>
    t.app.inject({ method: 'POST', url: '/api/accounts/password-reset', payload: { email } });
  const completeReset = (token: string, password: string) =>
    t.app.inject({ method: 'POST', url: `/api/accounts/password-reset/${token}`, payload: { password } });

  it('resets a password by a one-hour link, ending every session; the old password stops working', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    const session = await signIn(t.app, user.email);
    expect((await requestReset(user.email)).statusCode).toBe(202);
    const token = t.loggedToken(user.email, 'resetUrl') as string;
    expect(token).toMatch(/^[\w-]{40,}$/);
    const row = await t.db.prisma.oneTimeToken.findFirstOrThrow({
      where: { userId: user.id, purpose: 'password_reset' },
    });
    expect((row.expiresAt.getTime() - Date.now()) / 60_000).toBeGreaterThan(59);
    expect((row.expiresAt.getTime() - Date.now()) / 60_000).toBeLessThanOrEqual(60);

    expect((await completeReset(token, 'my new long password')).statusCode).toBe(204);
    expect((await me(session.cookie)).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, 'my new long password')).statusCode).toBe(200);
    // Single use.
    expect((await completeReset(token, 'another long password')).statusCode).toBe(410);
  });

  it('tells whether a reset link still works without using it up', async () => {
    const user = await createUser(t.db, { role: 'coordinator' });
    await requestReset(user.email);
    const token = t.loggedToken(user.email, 'resetUrl') as string;
    const check = () => t.app.inject({ url: `/api/accounts/password-reset/${token}` });
    const first = await check();
    expect(first.statusCode).toBe(200);
    expect(Date.parse(first.json().expiresAt)).toBeGreaterThan(Date.now());
    expect((await check()).statusCode).toBe(200);
    expect((await completeReset(token, 'a brand new password')).statusCode).toBe(204);
    const used = await check();
    expect(used.statusCode).toBe(410);
    expect(used.json()).toMatchObject({ type: '/problems/link-used' });
    expect((await t.app.inject({ url: `/api/accounts/password-reset/${'B'.repeat(43)}` })).statusCode).toBe(
      404,
    );
  });

  it('answers 202 for an unknown address and creates nothing', async () => {
    const email = `nobody-${process.pid}@example.org`;
    const tokensBefore = await t.db.prisma.oneTimeToken.count();
    const response = await requestReset(email);
    expect(response.statusCode).toBe(202);
    expect(await t.db.prisma.oneTimeToken.count()).toBe(tokensBefore);
    expect(await t.db.prisma.user.count({ where: { email } })).toBe(0);
    expect(t.loggedToken(email, 'resetUrl')).toBeUndefined();
    const known = await createUser(t.db, { role: 'expert' });
    expect(response.json()).toEqual((await requestReset(known.email)).json());
  });

  it('gives no link to an account that is disabled or not yet activated', async () => {
    for (const status of ['disabled', 'invited'] as const) {
      const user = await createUser(t.db, { role: 'expert', status });
      expect((await requestReset(user.email)).statusCode).toBe(202);
      expect(await t.db.prisma.oneTimeToken.count({ where: { userId: user.id } })).toBe(0);
    }
  });

  it('throttles requests per address with 429 and Retry-After, alike for known and unknown addresses', async () => {
    const user = await createUser(t.db, { role: 'coordinator' });
    for (const email of [user.email, `unknown-${process.pid}@example.org`]) {
      for (let i = 0; i < MAX_RESETS_PER_EMAIL; i++) expect((await requestReset(email)).statusCode).toBe(202);
      const throttled = await requestReset(email);
      expect(throttled.statusCode).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(throttled.json()).toMatchObject({ type: '/problems/too-many-attempts' });
    }
    expect(await t.db.prisma.oneTimeToken.count({ where: { userId: user.id } })).toBe(MAX_RESETS_PER_EMAIL);
  });

  it('refuses an expired reset link', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    await requestReset(user.email);
    const token = t.loggedToken(user.email, 'resetUrl') as string;
    await t.db.prisma.oneTimeToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect((await completeReset(token, 'my new long password')).json()).toMatchObject({
      status: 410,
      type: '/problems/link-expired',
    });
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('changes the password of the signed-in user and ends all their sessions, this one included', async () => {
    const user = await createUser(t.db, { role: 'moderator' });
    const first = await signIn(t.app, user.email);
    const second = await signIn(t.app, user.email);
    const change = (payload: object, headers = first.headers) =>
      t.app.inject({ method: 'POST', url: '/api/accounts/me/password', headers, payload });

    const wrong = await change({ currentPassword: 'not my password', newPassword: 'new password 123' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('body.currentPassword');
    const noCsrf = await change(
      { currentPassword: TEST_PASSWORD, newPassword: 'new password 123' },
      {
        cookie: first.cookie,
      },
    );
    expect(noCsrf.statusCode).toBe(403);
    const tooShort = await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(tooShort.json().errors[0].field).toBe('body.newPassword');

    expect(
      (await change({ currentPassword: TEST_PASSWORD, newPassword: 'new password 123' })).statusCode,
    ).toBe(204);
    expect((await me(first.cookie)).statusCode).toBe(401);
    expect((await me(second.cookie)).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, 'new password 123')).statusCode).toBe(200);
  });

  it('asks anonymous visitors to sign in before changing a password', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/accounts/me/password',
      payload: { currentPassword: 'whatever', newPassword: 'whatever else' },
    });
    expect(response.statusCode).toBe(401);
  });
});
