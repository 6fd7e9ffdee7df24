// «Исходящие письма» through the API: an invitation or a reset link is in the outbox with its
// link the moment it is made; only admins read the outbox; a failed message can be queued again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, type SignedIn, signIn } from '../../../test/users';

describe('outbox («Исходящие письма»)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let moderator: SignedIn;
  let coordinator: SignedIn;
  let expert: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
    moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
    coordinator = await signIn(t.app, (await createUser(t.db, { role: 'coordinator' })).email);
    expert = await signIn(t.app, (await createUser(t.db, { role: 'expert' })).email);
  });
  afterAll(() => t.close());

  const list = (session: SignedIn | null, query = '') =>
    t.app.inject({ url: `/api/mail/outbox${query}`, headers: session?.headers ?? {} });

  it('a moderator’s invitation is in the outbox with its link; the admin reads text, HTML and links', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/accounts/invitations',
      headers: moderator.headers,
      payload: { email: 'New.Expert@Example.org', name: 'Иван Экспертов', role: 'expert' },
    });
    expect(created.statusCode).toBe(201);
    const { inviteUrl } = created.json() as { inviteUrl: string };

    const listed = await list(admin, '?recipient=new.expert');
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({
      smtpConfigured: false,
      items: [
        {
          recipient: 'new.expert@example.org',
          subject: 'Приглашение в Реестр лучших практик',
          template: 'invitation',
          status: 'pending',
          attempts: 0,
        },
      ],
    });
    const id = listed.json().items[0].id as number;
    const one = await t.app.inject({ url: `/api/mail/outbox/${id}`, headers: admin.headers });
    expect(one.statusCode).toBe(200);
    const message = one.json();
    expect(message.links).toEqual([`http://localhost:3000${inviteUrl}`]);
    expect(message.text).toContain('Иван Экспертов');
    expect(message.text).toContain('в роли «Эксперт»');
    expect(message.html).toContain(`href="http://localhost:3000${inviteUrl}"`);
  });

  it('a new invitation link (resend) and a staff-issued reset link are mailed too', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/accounts/invitations',
      headers: admin.headers,
      payload: { email: 'resend@example.org', name: 'Пётр', role: 'expert' },
    });
    const { userId } = created.json() as { userId: number };
    const resent = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${userId}/invitation`,
      headers: admin.headers,
    });
    expect(resent.statusCode).toBe(201);
    const { inviteUrl } = resent.json() as { inviteUrl: string };
    const items = (await list(admin, '?recipient=resend@')).json().items as { id: number }[];
    expect(items).toHaveLength(2);
    const newest = (
      await t.app.inject({ url: `/api/mail/outbox/${items[0]?.id}`, headers: admin.headers })
    ).json();
    expect(newest.links).toEqual([`http://localhost:3000${inviteUrl}`]);

    const target = await createUser(t.db, { role: 'expert', email: 'reset-me@example.org' });
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${target.id}/password-reset-link`,
      headers: admin.headers,
    });
    expect(issued.statusCode).toBe(201);
    const resetItems = (await list(admin, '?recipient=reset-me@')).json().items;
    expect(resetItems).toMatchObject([
      { template: 'password_reset', subject: 'Смена пароля в Реестре лучших практик' },
    ]);
  });

  it('a self-service reset request of an active account is mailed; of an unknown address, nothing', async () => {
    await createUser(t.db, { role: 'coordinator', email: 'forgot@example.org' });
    for (const email of ['forgot@example.org', 'nobody-here@example.org']) {
      const asked = await t.app.inject({
        method: 'POST',
        url: '/api/accounts/password-reset',
        payload: { email },
      });
      expect(asked.statusCode).toBe(202);
    }
    expect((await list(admin, '?recipient=forgot@')).json().items).toHaveLength(1);
    expect((await list(admin, '?recipient=nobody-here@')).json().items).toHaveLength(0);
  });

  it('only admins read the outbox', async () => {
    expect((await list(null)).statusCode).toBe(401);
    for (const session of [moderator, coordinator, expert]) {
      expect((await list(session)).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/api/mail/outbox/1', headers: session.headers })).statusCode).toBe(
        403,
      );
      const retry = await t.app.inject({
        method: 'POST',
        url: '/api/mail/outbox/1/retry',
        headers: session.headers,
      });
      expect(retry.statusCode).toBe(403);
    }
  });

  it('bad input is a 400 naming the field, an unknown message a 404', async () => {
    const bad = await list(admin, '?status=lost');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.status');
    const missing = await t.app.inject({ url: '/api/mail/outbox/999999', headers: admin.headers });
    expect(missing.statusCode).toBe(404);
  });

  it('a failed message can be queued again; one that is not failed cannot', async () => {
    const row = await t.db.prisma.outboxMessage.create({
      data: {
        recipient: 'bounced@example.org',
        template: 'message',
        data: { subject: 'Тест', paragraphs: ['Текст'] },
        subject: 'Тест',
        status: 'failed',
        attempts: 8,
        lastError: '550 No such user',
      },
    });
    const shown = (await t.app.inject({ url: `/api/mail/outbox/${row.id}`, headers: admin.headers })).json();
    expect(shown).toMatchObject({ status: 'failed', lastError: '550 No such user' });
    const retry = () =>
      t.app.inject({ method: 'POST', url: `/api/mail/outbox/${row.id}/retry`, headers: admin.headers });
    expect((await retry()).statusCode).toBe(204);
    expect(await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'pending',
      attempts: 0,
    });
    expect((await retry()).statusCode).toBe(409);
  });
});
