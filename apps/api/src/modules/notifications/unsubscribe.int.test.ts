// Mass mail (digests) carries a one-click unsubscribe (RFC 8058): the mail client's form POST
// switches the kind off by mail for that user, without a session; a browser's GET only leads to
// the confirmation page; a forged token changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser } from '../../../test/users';
import { notify } from '.';

describe('one-click unsubscribe', () => {
  let t: TestApp;
  let userId: number;
  let email: string;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp();
    const user = await createUser(t.db, { role: 'coordinator' });
    userId = user.id;
    email = user.email;
    // Digests are off by default: this user asked for them.
    await t.db.prisma.notificationPreference.create({ data: { userId, kind: 'digest', byMail: true } });
    await notify(t.db.prisma, { userIds: [userId], kind: 'digest', title: 'Новые практики за неделю' });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { recipient: email } });
    url = mail.unsubscribeUrl ?? '';
  });
  afterAll(() => t.close());

  const byMail = async () =>
    (
      await t.db.prisma.notificationPreference.findUnique({
        where: { userId_kind: { userId, kind: 'digest' } },
      })
    )?.byMail;

  it('a digest mail carries a signed unsubscribe address; other notifications do not', async () => {
    expect(url).toMatch(
      new RegExp(`^/api/notifications/unsubscribe\\?token=${userId}\\.digest\\.[\\w-]{43}$`),
    );
    await notify(t.db.prisma, { userIds: [userId], kind: 'practice_published', title: 'Опубликована' });
    const other = await t.db.prisma.outboxMessage.findFirstOrThrow({
      where: { recipient: email, subject: 'Опубликована' },
    });
    expect(other.unsubscribeUrl).toBeNull();
  });

  it('a GET (a link preview, a browser) changes nothing and leads to the confirmation page', async () => {
    const response = await t.app.inject({ url });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toMatch(/^\/notifications\/unsubscribe\?token=/);
    expect(await byMail()).toBe(true);
  });

  it('a forged or altered token is a 400 and changes nothing', async () => {
    const forged = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const otherUser = url.replace(`token=${userId}.`, `token=${userId + 1}.`);
    for (const bad of [forged, otherUser, '/api/notifications/unsubscribe?token=not-a-token']) {
      const response = await t.app.inject({ method: 'POST', url: bad });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toMatch(/^query\.token$/);
    }
    expect(await byMail()).toBe(true);
  });

  it('the mail client’s one-click POST (form body, no session) switches digests off by mail', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ kind: 'digest', label: 'Дайджесты' });
    expect(await byMail()).toBe(false);
    // A repeat is harmless.
    expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(200);
    const before = await t.db.prisma.outboxMessage.count({ where: { recipient: email } });
    await notify(t.db.prisma, { userIds: [userId], kind: 'digest', title: 'Ещё дайджест' });
    expect(await t.db.prisma.outboxMessage.count({ where: { recipient: email } })).toBe(before);
  });

  it('other routes still take JSON only', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a&password=b',
    });
    expect(response.statusCode).toBe(415);
  });
});
