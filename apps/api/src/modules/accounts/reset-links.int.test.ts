// Staff-issued password-reset links: with no e-mail service, a person who asked for a reset is
// marked in the accounts list, and an admin or moderator hands them a one-hour link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type SignedIn, signIn } from '../../../test/users';
import { type AccountsTestApp, createAccountsTestApp } from './accounts.test-support';

describe('password-reset links handed out by staff', () => {
  let t: AccountsTestApp;
  let admin: SignedIn & { id: number };
  let moderator: SignedIn & { id: number };
  beforeAll(async () => {
    t = await createAccountsTestApp();
    const a = await createUser(t.db, { role: 'admin' });
    const m = await createUser(t.db, { role: 'moderator' });
    admin = { ...(await signIn(t.app, a.email)), id: a.id };
    moderator = { ...(await signIn(t.app, m.email)), id: m.id };
  });
  afterAll(() => t.close());

  const issue = (who: SignedIn | null, id: number) =>
    t.app.inject({
      method: 'POST',
      url: `/api/accounts/${id}/password-reset-link`,
      headers: who?.headers ?? {},
    });
  const listed = async (id: number) =>
    (await t.app.inject({ url: '/api/accounts', headers: admin.headers }))
      .json()
      .items.find((item: { id: number }) => item.id === id);

  it('marks a requested reset in the list; the issued link works once and clears the mark', async () => {
    const user = await createUser(t.db, { role: 'coordinator', regionCode: '72' });
    expect((await listed(user.id)).resetRequestedAt).toBeNull();
    await t.app.inject({
      method: 'POST',
      url: '/api/accounts/password-reset',
      payload: { email: user.email },
    });
    expect((await listed(user.id)).resetRequestedAt).toEqual(expect.any(String));

    const response = await issue(moderator, user.id);
    expect(response.statusCode, response.body).toBe(201);
    const { resetUrl } = response.json();
    expect(resetUrl).toMatch(/^\/password-reset\/[\w-]{40,}$/);
    expect((await listed(user.id)).resetRequestedAt).toBeNull();

    const token = resetUrl.split('/').pop();
    const complete = (password: string) =>
      t.app.inject({ method: 'POST', url: `/api/accounts/password-reset/${token}`, payload: { password } });
    expect((await complete('a brand new password')).statusCode).toBe(204);
    expect((await complete('another new password')).statusCode).toBe(410);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'a brand new password' },
    });
    expect(login.statusCode).toBe(200);
    const logged = await t.db.prisma.securityEvent.findFirst({
      where: { kind: 'password_reset_link_issued', email: user.email },
    });
    expect(logged?.userId).toBe(moderator.id);
  });

  it('refuses whoever may not: anonymous 401, coordinator 403, moderator for staff 403, self 403', async () => {
    const coordinator = await createUser(t.db, { role: 'coordinator', regionCode: '66' });
    const other = await createUser(t.db, { role: 'moderator' });
    expect((await issue(null, coordinator.id)).statusCode).toBe(401);
    expect((await issue(await signIn(t.app, coordinator.email), other.id)).statusCode).toBe(403);
    expect((await issue(moderator, other.id)).statusCode).toBe(403);
    const self = await issue(admin, admin.id);
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toContain('Безопасность');
    expect(await t.db.prisma.oneTimeToken.count({ where: { userId: { in: [other.id, admin.id] } } })).toBe(0);
    // Every refusal of a signed-in user lands in the security log.
    const refusals = await t.db.prisma.securityEvent.findMany({
      where: { kind: 'access_refused', userId: { in: [moderator.id, admin.id] } },
      select: { detail: true },
    });
    expect(refusals.map((r) => (r.detail as { reason: string }).reason)).toEqual(
      expect.arrayContaining(['reset_link_out_of_reach', 'reset_link_self']),
    );
  });

  it('answers 404 for an unknown account, 409 for one that is not active, 400 for a bad id', async () => {
    expect((await issue(admin, 999_999)).statusCode).toBe(404);
    const invited = await createUser(t.db, { role: 'expert', status: 'invited' });
    const refused = await issue(admin, invited.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await issue(admin, -1)).statusCode).toBe(400);
  });
});
