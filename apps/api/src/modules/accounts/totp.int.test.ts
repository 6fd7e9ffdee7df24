import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, type SignedIn, signIn, TEST_PASSWORD } from '../../../test/users';
import { MAX_FAILURES_PER_ACCOUNT, MAX_TOTP_TRIES_WHILE_LOCKED, newTotpSecret } from '../auth';
import { totpCode, wrongTotpCode } from './accounts.test-support';

describe('TOTP second factor', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, totpCode?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: TEST_PASSWORD, ...(totpCode ? { totpCode } : {}) },
    });
  const post = (session: SignedIn, url: string, payload?: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/accounts${url}`,
      headers: session.headers,
      ...(payload ? { payload } : {}),
    });

  /** A user whose TOTP is already on, with a known secret. */
  async function userWithTotp(role: 'expert' | 'moderator' | 'admin') {
    const user = await createUser(t.db, { role });
    const { secret } = newTotpSecret(user.email);
    await t.db.prisma.user.update({
      where: { id: user.id },
      data: { totpSecret: secret, totpEnabledAt: new Date() },
    });
    return { ...user, secret };
  }

  it('is enabled with a code from the app; then login needs the code, refuses a wrong or replayed one', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    const session = await signIn(t.app, user.email);
    const setup = await post(session, '/me/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(
      (await post(session, '/me/totp/enable', { code: wrongTotpCode(secret) })).json().errors[0].field,
    ).toBe('body.code');
    const state = () => t.app.inject({ url: '/api/accounts/me/totp', headers: { cookie: session.cookie } });
    expect((await state()).json()).toEqual({ totpEnabled: false, requiredForRole: false });
    const enabled = await post(session, '/me/totp/enable', { code: totpCode(secret) });
    expect(enabled.json()).toEqual({ totpEnabled: true });
    expect((await state()).json()).toEqual({ totpEnabled: true, requiredForRole: false });

    const withoutCode = await login(user.email);
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().type).toBe('/problems/totp-required');
    expect(withoutCode.headers['set-cookie']).toBeUndefined();
    const wrong = await login(user.email, wrongTotpCode(secret));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().type).toBe('/problems/totp-invalid');
    // The enabling code's step is used up, so the next step's code signs in.
    const next = totpCode(secret, 1);
    expect((await login(user.email, next)).statusCode).toBe(200);
    expect((await login(user.email, next)).statusCode).toBe(401);
  });

  it('counts wrong codes as failed logins: the locked account then allows only a few more codes', async () => {
    const user = await userWithTotp('moderator');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect((await login(user.email, wrongTotpCode(user.secret))).statusCode).toBe(401);
    expect((await login(user.email)).statusCode).toBe(429);
    for (let i = 0; i < MAX_TOTP_TRIES_WHILE_LOCKED; i++)
      expect((await login(user.email, wrongTotpCode(user.secret))).statusCode).toBe(401);
    // Allowance spent: even the right code waits for the window to end.
    expect((await login(user.email, totpCode(user.secret))).statusCode).toBe(429);
  });

  it('is disabled with a current code', async () => {
    const user = await userWithTotp('admin');
    const session = await signIn(t.app, user.email, TEST_PASSWORD).catch(() => null);
    expect(session).toBeNull();
    const response = await login(user.email, totpCode(user.secret));
    const cookie = String(response.headers['set-cookie']).split(';')[0] as string;
    const headers = { cookie, 'x-csrf-token': response.json().csrfToken };
    const signedIn = { cookie, csrfToken: headers['x-csrf-token'], headers };
    expect((await post(signedIn, '/me/totp/disable', { code: wrongTotpCode(user.secret) })).statusCode).toBe(
      400,
    );
    expect((await post(signedIn, '/me/totp/disable', { code: totpCode(user.secret, 1) })).json()).toEqual({
      totpEnabled: false,
    });
    expect((await login(user.email)).statusCode).toBe(200);
  });

  it('is open to coordinators too, and an admin can require it for them', async () => {
    const coordinatorUser = await createUser(t.db, { role: 'coordinator' });
    const coordinator = await signIn(t.app, coordinatorUser.email);
    const setup = await post(coordinator, '/me/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret } = setup.json();
    expect((await post(coordinator, '/me/totp/enable', { code: totpCode(secret) })).json()).toEqual({
      totpEnabled: true,
    });
    expect((await login(coordinatorUser.email)).json().type).toBe('/problems/totp-required');

    const other = await createUser(t.db, { role: 'coordinator' });
    const admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
    const required = await t.app.inject({
      method: 'PUT',
      url: '/api/accounts/policies/coordinator',
      headers: admin.headers,
      payload: { totpRequired: true },
    });
    expect(required.json()).toEqual({ role: 'coordinator', totpRequired: true });
    expect((await login(other.email)).json().type).toBe('/problems/totp-setup-required');
    expect((await login(coordinatorUser.email, totpCode(secret, 1))).statusCode).toBe(200);
    await t.app.inject({
      method: 'PUT',
      url: '/api/accounts/policies/coordinator',
      headers: admin.headers,
      payload: { totpRequired: false },
    });
  });

  it('can be made mandatory per role by an admin: login without TOTP is then refused with 403', async () => {
    const adminUser = await createUser(t.db, { role: 'admin' });
    const admin = await signIn(t.app, adminUser.email);
    const moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
    const expert = await createUser(t.db, { role: 'expert' });
    const expertWithTotp = await userWithTotp('expert');
    const put = (session: SignedIn, role: string, totpRequired: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/accounts/policies/${role}`,
        headers: session.headers,
        payload: { totpRequired },
      });

    expect((await put(moderator, 'expert', true)).statusCode).toBe(403);
    expect((await put(admin, 'nobody', true)).statusCode).toBe(400);
    // An admin without TOTP cannot lock every admin, themselves included, out.
    expect((await put(admin, 'admin', true)).json().type).toBe('/problems/totp-setup-first');
    expect((await put(admin, 'expert', true)).json()).toEqual({ role: 'expert', totpRequired: true });
    const policies = await t.app.inject({ url: '/api/accounts/policies', headers: { cookie: admin.cookie } });
    expect(policies.json().items).toEqual([
      { role: 'coordinator', totpRequired: false },
      { role: 'expert', totpRequired: true },
      { role: 'moderator', totpRequired: false },
      { role: 'admin', totpRequired: false },
    ]);

    const refused = await login(expert.email);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toBe('/problems/totp-setup-required');
    expect((await login(expertWithTotp.email, totpCode(expertWithTotp.secret))).statusCode).toBe(200);
    expect((await login(adminUser.email)).statusCode).toBe(200);

    expect((await put(admin, 'expert', false)).statusCode).toBe(200);
    expect((await login(expert.email)).statusCode).toBe(200);
    const kinds = await t.db.prisma.securityEvent.count({ where: { kind: 'role_policy_changed' } });
    expect(kinds).toBe(4);
  });

  it('cannot be disabled while the role requires it', async () => {
    const admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
    const user = await userWithTotp('moderator');
    await t.app.inject({
      method: 'PUT',
      url: '/api/accounts/policies/moderator',
      headers: admin.headers,
      payload: { totpRequired: true },
    });
    const response = await login(user.email, totpCode(user.secret));
    const cookie = String(response.headers['set-cookie']).split(';')[0] as string;
    const headers = { cookie, 'x-csrf-token': response.json().csrfToken as string };
    const refused = await post({ cookie, csrfToken: headers['x-csrf-token'], headers }, '/me/totp/disable', {
      code: totpCode(user.secret, 1),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toBe('/problems/totp-required-by-policy');
  });
});
