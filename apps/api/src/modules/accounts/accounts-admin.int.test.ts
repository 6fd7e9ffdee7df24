import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, type SignedIn, signIn, TEST_PASSWORD } from '../../../test/users';

describe('account administration', () => {
  let t: TestApp;
  let adminId: number;
  let admin: SignedIn;
  let moderator: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    const adminUser = await createUser(t.db, { role: 'admin' });
    adminId = adminUser.id;
    admin = await signIn(t.app, adminUser.email);
    moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
  });
  afterAll(() => t.close());

  const patch = (session: SignedIn, id: number, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/accounts/${id}`, headers: session.headers, payload });
  const me = (cookie: string) => t.app.inject({ url: '/api/auth/me', headers: { cookie } });
  const login = (email: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });

  it('lists accounts with role, region and status to admins and moderators only, without secrets', async () => {
    const coordinator = await createUser(t.db, { role: 'coordinator', regionCode: '66' });
    const list = await t.app.inject({ url: '/api/accounts', headers: { cookie: moderator.cookie } });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((a: { id: number }) => a.id === coordinator.id);
    expect(item).toMatchObject({
      role: 'coordinator',
      status: 'active',
      region: { code: '66' },
      totpEnabled: false,
    });
    expect(list.body).not.toMatch(/hash|secret/i);

    const coordinatorSession = await signIn(t.app, coordinator.email);
    expect(
      (await t.app.inject({ url: '/api/accounts', headers: { cookie: coordinatorSession.cookie } }))
        .statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/accounts' })).statusCode).toBe(401);
  });

  it('disabling ends the sessions and blocks login; enabling lets the user back in; both are logged', async () => {
    const expert = await createUser(t.db, { role: 'expert' });
    const session = await signIn(t.app, expert.email);
    const disabled = await patch(admin, expert.id, { status: 'disabled' });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ id: expert.id, status: 'disabled' });
    expect((await me(session.cookie)).statusCode).toBe(401);
    expect(await t.db.prisma.session.count({ where: { userId: expert.id, revokedAt: null } })).toBe(0);
    // The right password is told the account is disabled (403), never let in.
    const refused = await login(expert.email);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toBe('/problems/account-disabled');

    expect((await patch(admin, expert.id, { status: 'active' })).statusCode).toBe(200);
    expect((await login(expert.email)).statusCode).toBe(200);
    const events = await t.db.prisma.securityEvent.findMany({
      where: { kind: 'account_updated', email: expert.email },
      orderBy: { id: 'asc' },
      select: { userId: true, detail: true },
    });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ userId: adminId, detail: { to: { status: 'disabled' } } });
  });

  it('lets a moderator disable coordinators and experts, but not staff, and not change roles', async () => {
    const coordinator = await createUser(t.db, { role: 'coordinator' });
    expect((await patch(moderator, coordinator.id, { status: 'disabled' })).statusCode).toBe(200);
    const otherModerator = await createUser(t.db, { role: 'moderator' });
    expect((await patch(moderator, otherModerator.id, { status: 'disabled' })).statusCode).toBe(403);
    expect((await patch(moderator, adminId, { status: 'disabled' })).statusCode).toBe(403);
    const expert = await createUser(t.db, { role: 'expert' });
    const promote = await patch(moderator, expert.id, { role: 'moderator' });
    expect(promote.statusCode).toBe(403);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: expert.id } })).role).toBe('expert');
  });

  it('lets nobody disable themselves', async () => {
    const response = await patch(admin, adminId, { status: 'disabled' });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/собственную/);
    expect((await me(admin.cookie)).statusCode).toBe(200);
  });

  it('lets an admin change a role, keeping region and role consistent', async () => {
    const expert = await createUser(t.db, { role: 'expert' });
    const noRegion = await patch(admin, expert.id, { role: 'coordinator' });
    expect(noRegion.statusCode).toBe(400);
    expect(noRegion.json().errors[0].field).toBe('body.regionCode');
    const toCoordinator = await patch(admin, expert.id, { role: 'coordinator', regionCode: '72' });
    expect(toCoordinator.json()).toMatchObject({ role: 'coordinator', region: { code: '72' } });
    const back = await patch(admin, expert.id, { role: 'expert' });
    expect(back.json()).toMatchObject({ role: 'expert', region: null });
    // An expert may have a home region (a conflict of interest for its practices), and lose it.
    const home = await patch(admin, expert.id, { regionCode: '66' });
    expect(home.json()).toMatchObject({ role: 'expert', region: { code: '66' } });
    const cleared = await patch(admin, expert.id, { regionCode: null });
    expect(cleared.json()).toMatchObject({ role: 'expert', region: null });
    const moderator = await createUser(t.db, { role: 'moderator' });
    expect((await patch(admin, moderator.id, { regionCode: '66' })).statusCode).toBe(400);
  });

  it('answers 404 for an unknown account, 409 when enabling an unaccepted invitation, 400 for an empty change', async () => {
    expect((await patch(admin, 999_999, { status: 'disabled' })).statusCode).toBe(404);
    const invited = await createUser(t.db, { role: 'expert', status: 'invited' });
    expect((await patch(admin, invited.id, { status: 'active' })).statusCode).toBe(409);
    expect((await patch(admin, invited.id, {})).statusCode).toBe(400);
  });
});
