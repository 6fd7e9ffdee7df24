import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, signIn, TEST_PASSWORD } from '../../../test/users';
import { MAX_FAILURES_PER_ACCOUNT } from './auth.service';
import { hashPassword } from './password';
import { revokeAllSessions } from './sessions.repository';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it('signs in with e-mail and password, sets an HttpOnly SameSite cookie, and /me knows the user', async () => {
    const user = await createUser(t.db, { role: 'coordinator', regionCode: '66' });
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^registry_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = response.json();
    expect(body.user).toMatchObject({ email: user.email, role: 'coordinator', region: { code: '66' } });
    expect(JSON.stringify(body)).not.toMatch(/password|hash/i);

    const me = await t.app.inject({
      url: '/api/auth/me',
      headers: { cookie: cookie.split(';')[0] as string },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(user.email);
  });

  it('stores only a hash of the session token, and a new session id at every login', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    const first = await signIn(t.app, user.email);
    const second = await signIn(t.app, user.email);
    expect(first.cookie).not.toBe(second.cookie);
    const token = first.cookie.split('=')[1] as string;
    expect(await t.db.prisma.session.count({ where: { id: token } })).toBe(0);
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(2);
  });

  it('hashes passwords with argon2id, 19 MiB, 2 passes', async () => {
    // Test accounts have a cheap hash (test/users.ts); this one gets the app's own.
    const user = await createUser(t.db, {
      role: 'moderator',
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
    const row = await t.db.prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await signIn(t.app, user.email);
  });

  it('answers a wrong password and an unknown address alike, with 401', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    const wrong = await login(user.email, 'not the password');
    const unknown = await login('nobody@example.org', 'whatever-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('answers an anonymous /me with 401 without filling the security log', async () => {
    const before = await t.db.prisma.securityEvent.count();
    expect((await t.app.inject('/api/auth/me')).statusCode).toBe(401);
    expect(await t.db.prisma.securityEvent.count()).toBe(before);
  });

  it('refuses disabled accounts (saying so only to whoever knows the password)', async () => {
    const user = await createUser(t.db, { role: 'expert', status: 'disabled' });
    expect((await login(user.email, 'not the password')).statusCode).toBe(401);
    const refused = await login(user.email, TEST_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toBe('/problems/account-disabled');
  });

  it('validates the body with a problem naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not-an-email' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('throttles an account after repeated failures with 429 and Retry-After, even for the right password', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect((await login(user.email, 'wrong-password')).statusCode).toBe(401);
    const throttled = await login(user.email, TEST_PASSWORD);
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.json()).toMatchObject({ type: '/problems/too-many-attempts', status: 429 });
  });

  it('logs out by revoking the session on the server', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const session = await signIn(t.app, user.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('ends sessions when they are revoked for the user (password change, disabled account)', async () => {
    const user = await createUser(t.db, { role: 'moderator' });
    const session = await signIn(t.app, user.email);
    await revokeAllSessions(t.db.prisma, user.id);
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const session = await signIn(t.app, user.email);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ type: '/problems/csrf-token-invalid' });
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(200);
  });

  it('expires idle sessions', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    const session = await signIn(t.app, user.email);
    await t.db.prisma.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - 2 * 3600 * 1000) },
    });
    expect(
      (await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('the security log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records login attempts and refused access, and only admins can read it', async () => {
    const admin = await createUser(t.db, { role: 'admin' });
    const moderator = await createUser(t.db, { role: 'moderator' });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: admin.email, password: 'nope-nope-nope' },
    });
    const adminSession = await signIn(t.app, admin.email);
    const moderatorSession = await signIn(t.app, moderator.email);

    const anonymous = await t.app.inject('/api/admin/security-events');
    expect(anonymous.statusCode).toBe(401);
    const refused = await t.app.inject({
      url: '/api/admin/security-events',
      headers: { cookie: moderatorSession.cookie },
    });
    expect(refused.statusCode).toBe(403);

    const log = await t.app.inject({
      url: '/api/admin/security-events',
      headers: { cookie: adminSession.cookie },
    });
    expect(log.statusCode).toBe(200);
    const kinds = log.json().items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['login_failed', 'login_succeeded', 'access_refused']));
    const refusal = log
      .json()
      .items.find(
        (e: { kind: string; userId: number }) => e.kind === 'access_refused' && e.userId === moderator.id,
      );
    expect(refusal.detail).toMatchObject({ reason: 'role', url: '/api/admin/security-events' });
  });

  it('names the people in each entry: who acted and whom it was about', async () => {
    const admin = await createUser(t.db, { role: 'admin' });
    const session = await signIn(t.app, admin.email);
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/accounts/invitations',
      headers: session.headers,
      payload: { email: `named-${process.pid}@example.org`, name: 'Мария Иванова', role: 'expert' },
    });
    expect(invited.statusCode).toBe(201);
    const log = await t.app.inject({
      url: '/api/admin/security-events?kind=invitation_created',
      headers: { cookie: session.cookie },
    });
    const [entry] = log.json().items;
    const adminRow = await t.db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(entry.user).toEqual({ id: admin.id, name: adminRow.name, email: admin.email });
    expect(entry.subject).toEqual({
      id: invited.json().userId,
      name: 'Мария Иванова',
      email: `named-${process.pid}@example.org`,
    });
  });
});
