import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, type SignedIn, signIn } from '../../../test/users';

describe('invitations', () => {
  let t: TestApp;
  let admin: SignedIn;
  let moderator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
    moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
  });
  afterAll(() => t.close());

  let counter = 0;
  const newEmail = () => `invitee-${process.pid}-${++counter}@example.org`;
  const invite = (session: SignedIn | null, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/accounts/invitations',
      headers: session?.headers ?? {},
      payload,
    });
  const tokenOf = (inviteUrl: string) => inviteUrl.replace('/invite/', '');
  const view = (token: string) => t.app.inject({ url: `/api/accounts/invitations/${token}` });
  const accept = (token: string, password: string) =>
    t.app.inject({ method: 'POST', url: `/api/accounts/invitations/${token}/accept`, payload: { password } });

  it('creates an invited account whose link shows who it is for, sets a password, and then the user signs in', async () => {
    const email = newEmail();
    const created = await invite(admin, {
      email,
      name: 'Анна Петрова',
      role: 'coordinator',
      regionCode: '66',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      email,
      role: 'coordinator',
      inviteUrl: expect.stringMatching(/^\/invite\/[\w-]{40,}$/),
    });
    const token = tokenOf(body.inviteUrl);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ status: 'invited', passwordHash: null, regionCode: '66' });
    // Only the SHA-256 of the link's token is stored.
    expect(await t.db.prisma.oneTimeToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await t.db.prisma.oneTimeToken.count({ where: { userId: user.id, purpose: 'invitation' } })).toBe(
      1,
    );

    const shown = await view(token);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({ email, name: 'Анна Петрова', role: 'coordinator' });

    // Not before the password is set.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'x' },
    });
    expect(early.statusCode).toBe(401);

    expect((await accept(token, 'a brand new password')).statusCode).toBe(204);
    const session = await signIn(t.app, email, 'a brand new password');
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.json().user).toMatchObject({ email, role: 'coordinator', region: { code: '66' } });
    const events = await t.db.prisma.securityEvent.findMany({ where: { email }, select: { kind: true } });
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['invitation_created', 'invitation_accepted']),
    );
  });

  it('refuses a used link with 410, and an unknown one with 404', async () => {
    const created = await invite(admin, { email: newEmail(), name: 'Иван', role: 'expert' });
    const token = tokenOf(created.json().inviteUrl);
    expect((await accept(token, 'first password ok')).statusCode).toBe(204);
    const again = await accept(token, 'second password ok');
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ type: '/problems/link-used' });
    expect((await view(token)).statusCode).toBe(410);
    const unknown = await view('A'.repeat(43));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ type: '/problems/link-not-found' });
  });

  it('refuses an expired link with 410 and leaves the account invited', async () => {
    const email = newEmail();
    const created = await invite(admin, { email, name: 'Ольга', role: 'expert' });
    const token = tokenOf(created.json().inviteUrl);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await t.db.prisma.oneTimeToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await view(token)).json()).toMatchObject({ status: 410, type: '/problems/link-expired' });
    expect((await accept(token, 'a good long password')).statusCode).toBe(410);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { email } })).status).toBe('invited');
  });

  it('makes invitation links valid for 72 hours', async () => {
    const created = await invite(admin, { email: newEmail(), name: 'Пётр', role: 'expert' });
    const hours = (Date.parse(created.json().expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
  });

  it('lets a moderator invite coordinators and experts but not admins or moderators', async () => {
    expect((await invite(moderator, { email: newEmail(), name: 'Э', role: 'expert' })).statusCode).toBe(201);
    for (const role of ['admin', 'moderator']) {
      const email = newEmail();
      const refused = await invite(moderator, { email, name: 'Кто-то', role });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().errors[0].field).toBe('body.role');
      expect(await t.db.prisma.user.count({ where: { email } })).toBe(0);
    }
    expect((await invite(admin, { email: newEmail(), name: 'М', role: 'moderator' })).statusCode).toBe(201);
  });

  it('answers 401 to anonymous visitors and 403 to coordinators', async () => {
    expect((await invite(null, { email: newEmail(), name: 'А', role: 'expert' })).statusCode).toBe(401);
    const coordinator = await signIn(t.app, (await createUser(t.db, { role: 'coordinator' })).email);
    expect((await invite(coordinator, { email: newEmail(), name: 'А', role: 'expert' })).statusCode).toBe(
      403,
    );
  });

  it('refuses an address that already has an account with 409 naming the field', async () => {
    const existing = await createUser(t.db, { role: 'expert' });
    const response = await invite(admin, {
      email: existing.email.toUpperCase(),
      name: 'Дубль',
      role: 'expert',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: '/problems/email-taken',
      errors: [{ field: 'body.email' }],
    });
  });

  it('requires a region for a coordinator, allows one for an expert, refuses it for a moderator', async () => {
    const expert = await invite(admin, { email: newEmail(), name: 'Э', role: 'expert', regionCode: '66' });
    expect(expert.statusCode, expert.body).toBe(201);
    const stored = await t.db.prisma.user.findUnique({ where: { id: expert.json().userId } });
    expect(stored?.regionCode).toBe('66');
    for (const payload of [
      { email: newEmail(), name: 'К', role: 'coordinator' },
      { email: newEmail(), name: 'М', role: 'moderator', regionCode: '66' },
      { email: newEmail(), name: 'К', role: 'coordinator', regionCode: '00' },
    ]) {
      const response = await invite(admin, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('body.regionCode');
    }
  });

  it('requires a password of at least 10 characters', async () => {
    const created = await invite(admin, { email: newEmail(), name: 'Н', role: 'expert' });
    const response = await accept(tokenOf(created.json().inviteUrl), 'short');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.password');
  });
});
