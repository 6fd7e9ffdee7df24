import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type SignedIn, signIn } from '../../../test/users';
import { type AccountsTestApp, createAccountsTestApp } from './accounts.test-support';

describe('managing invitations', () => {
  let t: AccountsTestApp;
  let admin: SignedIn;
  let moderator: SignedIn;
  beforeAll(async () => {
    t = await createAccountsTestApp();
    admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
    moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
  });
  afterAll(() => t.close());

  let counter = 0;
  const newEmail = () => `managed-${process.pid}-${++counter}@example.org`;
  const invite = (session: SignedIn, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/accounts/invitations', headers: session.headers, payload });
  const resend = (session: SignedIn, id: number) =>
    t.app.inject({ method: 'POST', url: `/api/accounts/${id}/invitation`, headers: session.headers });
  const revoke = (session: SignedIn, id: number) =>
    t.app.inject({ method: 'DELETE', url: `/api/accounts/${id}/invitation`, headers: session.headers });
  const tokenOf = (inviteUrl: string) => inviteUrl.replace('/invite/', '');
  const view = (token: string) => t.app.inject({ url: `/api/accounts/invitations/${token}` });

  it('logs that an invitation was made, never its link', async () => {
    const created = await invite(admin, { email: newEmail(), name: 'Лог', role: 'expert' });
    expect(created.statusCode).toBe(201);
    const token = tokenOf(created.json().inviteUrl);
    const resent = await resend(admin, created.json().userId);
    const log = t.logText();
    expect(log).toContain('invitation created');
    expect(log).toContain('invitation resent');
    expect(log).not.toContain(token);
    expect(log).not.toContain(tokenOf(resent.json().inviteUrl));
  });

  it('resends an invitation: a new link works, the old one is dead', async () => {
    const email = newEmail();
    const created = await invite(moderator, { email, name: 'Повтор', role: 'coordinator', regionCode: '66' });
    const old = tokenOf(created.json().inviteUrl);
    const resent = await resend(moderator, created.json().userId);
    expect(resent.statusCode).toBe(201);
    expect(resent.json()).toMatchObject({ email, role: 'coordinator' });
    const fresh = tokenOf(resent.json().inviteUrl);
    expect(fresh).not.toBe(old);
    expect((await view(old)).statusCode).toBe(410);
    expect((await view(fresh)).json()).toMatchObject({ email });
    expect(await t.db.prisma.securityEvent.count({ where: { kind: 'invitation_resent', email } })).toBe(1);
  });

  it('revokes an invitation: the link dies and the address can be invited again', async () => {
    const email = newEmail();
    const created = await invite(admin, { email, name: 'Отзыв', role: 'expert' });
    const token = tokenOf(created.json().inviteUrl);
    expect((await revoke(admin, created.json().userId)).statusCode).toBe(204);
    expect((await view(token)).statusCode).toBe(404);
    expect(await t.db.prisma.user.count({ where: { email } })).toBe(0);
    expect((await invite(admin, { email, name: 'Снова', role: 'expert' })).statusCode).toBe(201);
    expect(await t.db.prisma.securityEvent.count({ where: { kind: 'invitation_revoked', email } })).toBe(1);
  });

  it('offers resending instead of «Адрес уже занят» when the address was invited but never accepted', async () => {
    const email = newEmail();
    await invite(admin, { email, name: 'Первый', role: 'expert' });
    const again = await invite(admin, { email, name: 'Второй', role: 'expert' });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.json()).toMatchObject({
      type: '/problems/invitation-pending',
      errors: [{ field: 'body.email', message: expect.stringMatching(/приглашён/) }],
    });
    expect(again.json().detail).toMatch(/отправить новую ссылку/);
  });

  it('refuses accepted invitations, unknown accounts and roles the actor may not invite', async () => {
    const active = await createUser(t.db, { role: 'expert' });
    const notInvited = await resend(admin, active.id);
    expect(notInvited.statusCode).toBe(409);
    expect(notInvited.json().type).toBe('/problems/not-invited');
    expect((await revoke(admin, active.id)).statusCode).toBe(409);
    expect(await t.db.prisma.user.count({ where: { id: active.id } })).toBe(1);
    expect((await resend(admin, 999_999)).statusCode).toBe(404);

    const invitedModerator = await invite(admin, { email: newEmail(), name: 'Модератор', role: 'moderator' });
    const id = invitedModerator.json().userId;
    expect((await resend(moderator, id)).statusCode).toBe(403);
    expect((await revoke(moderator, id)).statusCode).toBe(403);
    expect(await t.db.prisma.user.count({ where: { id } })).toBe(1);
    const coordinator = await signIn(t.app, (await createUser(t.db, { role: 'coordinator' })).email);
    expect((await revoke(coordinator, id)).statusCode).toBe(403);
  });
});
