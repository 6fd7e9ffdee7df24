// «Уведомления» through the API: everyone reads and marks only their own, chooses which kinds
// come by mail, and cannot switch off invitations and reset links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, type SignedIn, signIn } from '../../../test/users';
import { notify } from '.';

describe('notifications API', () => {
  let t: TestApp;
  let expert: SignedIn;
  let expertId: number;
  let other: SignedIn;
  let otherId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const e = await createUser(t.db, { role: 'expert' });
    expertId = e.id;
    expert = await signIn(t.app, e.email);
    const o = await createUser(t.db, { role: 'coordinator' });
    otherId = o.id;
    other = await signIn(t.app, o.email);
  });
  afterAll(() => t.close());

  const get = (session: SignedIn | null, url: string) =>
    t.app.inject({ url, headers: session?.headers ?? {} });

  it('lists my notifications newest first with the unread count; marking read changes only mine', async () => {
    await notify(t.db.prisma, {
      userIds: [expertId],
      kind: 'review_assigned',
      title: 'Первая',
      link: '/staff/reviews/1',
    });
    await notify(t.db.prisma, { userIds: [expertId], kind: 'review_due_soon', title: 'Вторая' });
    await notify(t.db.prisma, { userIds: [otherId], kind: 'practice_returned', title: 'Чужая' });

    const mine = await get(expert, '/api/notifications');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      unread: 2,
      items: [
        { title: 'Вторая', kind: 'review_due_soon', read: false, link: null },
        { title: 'Первая', kind: 'review_assigned', read: false, link: '/staff/reviews/1' },
      ],
    });
    const firstId = mine.json().items[1].id as number;
    const othersId = (await get(other, '/api/notifications')).json().items[0].id as number;

    // Another user's id changes nothing.
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: expert.headers,
      payload: { ids: [othersId] },
    });
    expect(foreign.json()).toEqual({ unread: 2 });
    expect((await get(other, '/api/notifications/unread-count')).json()).toEqual({ unread: 1 });

    const read = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: expert.headers,
      payload: { ids: [firstId] },
    });
    expect(read.json()).toEqual({ unread: 1 });
    expect((await get(expert, '/api/notifications')).json().items[1]).toMatchObject({
      id: firstId,
      read: true,
    });

    const all = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: expert.headers,
      payload: { all: true },
    });
    expect(all.json()).toEqual({ unread: 0 });
    expect((await get(other, '/api/notifications/unread-count')).json()).toEqual({ unread: 1 });
  });

  it('an empty mark-read is a 400 naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: expert.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.ids');
  });

  it('preferences: all on by default except digests; a change is kept and followed by notify()', async () => {
    const initial = await get(expert, '/api/notifications/preferences');
    expect(initial.statusCode).toBe(200);
    const items = initial.json().items as { kind: string; byMail: boolean }[];
    expect(items.find((item) => item.kind === 'digest')?.byMail).toBe(false);
    expect(items.filter((item) => item.kind !== 'digest').every((item) => item.byMail)).toBe(true);
    expect(items.map((item) => item.kind)).not.toContain('invitation');

    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: expert.headers,
      payload: { items: [{ kind: 'review_due_soon', byMail: false }] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().items).toContainEqual({ kind: 'review_due_soon', byMail: false });
    const result = await notify(t.db.prisma, { userIds: [expertId], kind: 'review_due_soon', title: 'Срок' });
    expect(result).toEqual({ notified: 1, mailed: 0 });
  });

  it('invitations and reset links cannot be switched off; an unknown kind is refused', async () => {
    for (const kind of ['password_reset', 'everything']) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/notifications/preferences',
        headers: expert.headers,
        payload: { items: [{ kind, byMail: false }] },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('body.items.0.kind');
    }
    expect(await t.db.prisma.notificationPreference.count({ where: { kind: 'password_reset' } })).toBe(0);
  });

  it('anonymous callers get 401 on every notifications route', async () => {
    for (const url of [
      '/api/notifications',
      '/api/notifications/unread-count',
      '/api/notifications/preferences',
    ]) {
      expect((await get(null, url)).statusCode).toBe(401);
    }
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      payload: { all: true },
    });
    expect(write.statusCode).toBe(401);
  });
});
