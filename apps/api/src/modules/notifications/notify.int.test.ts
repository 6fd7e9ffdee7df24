// notify() and enqueueMail() write with the caller's transaction: a committed change has its
// notifications and mail, a rolled-back one has none; mail follows each user's choices.
import { createTestDatabase, type TestDatabase } from '@registry/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/users';
import { enqueueMail } from '../mail';
import { notify, staffToNotify } from '.';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ referenceData: true });
});
afterAll(async () => {
  await db.close();
});

const outboxFor = (recipient: string) =>
  db.prisma.outboxMessage.findMany({
    where: { recipient },
    select: { template: true, data: true, subject: true },
  });

describe('notify', () => {
  it('writes a notification and a mail for each active user, in the caller’s transaction', async () => {
    const a = await createUser(db, { role: 'coordinator', regionCode: '72' });
    const b = await createUser(db, { role: 'coordinator', regionCode: '72' });
    const result = await db.prisma.$transaction((tx) =>
      notify(tx, {
        userIds: [a.id, b.id, a.id],
        kind: 'practice_returned',
        title: 'Практика «Тест» возвращена на доработку',
        body: 'Уточните показатели',
        link: '/staff/practices/1/edit',
      }),
    );
    expect(result).toEqual({ notified: 2, mailed: 2 });
    const rows = await db.prisma.notification.findMany({ where: { userId: a.id } });
    expect(rows).toMatchObject([
      { kind: 'practice_returned', link: '/staff/practices/1/edit', readAt: null },
    ]);
    const mail = await outboxFor(a.email);
    expect(mail).toMatchObject([
      { template: 'notification', subject: 'Практика «Тест» возвращена на доработку' },
    ]);
  });

  it('writes nothing when the change rolls back', async () => {
    const user = await createUser(db, { role: 'expert' });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await notify(tx, { userIds: [user.id], kind: 'review_assigned', title: 'Вам назначена экспертиза' });
        await enqueueMail(tx, {
          to: user.email,
          template: 'message',
          data: { subject: 'Тест', paragraphs: ['Текст'] },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await outboxFor(user.email)).toEqual([]);
  });

  it('mails only the kinds a user keeps on; digests are off until asked for', async () => {
    const user = await createUser(db, { role: 'moderator' });
    await db.prisma.notificationPreference.create({
      data: { userId: user.id, kind: 'practice_submitted', byMail: false },
    });
    await notify(db.prisma, { userIds: [user.id], kind: 'practice_submitted', title: 'Подана практика' });
    await notify(db.prisma, { userIds: [user.id], kind: 'digest', title: 'Дайджест' });
    await notify(db.prisma, { userIds: [user.id], kind: 'practice_published', title: 'Опубликована' });
    expect(await db.prisma.notification.count({ where: { userId: user.id } })).toBe(3);
    expect((await outboxFor(user.email)).map((m) => m.subject)).toEqual(['Опубликована']);
  });

  it('skips disabled and invited accounts', async () => {
    const disabled = await createUser(db, { role: 'expert', status: 'disabled' });
    const invited = await createUser(db, { role: 'expert', status: 'invited' });
    const result = await notify(db.prisma, {
      userIds: [disabled.id, invited.id],
      kind: 'review_assigned',
      title: 'Назначена экспертиза',
    });
    expect(result).toEqual({ notified: 0, mailed: 0 });
  });

  it('staffToNotify lists active staff of the roles and region', async () => {
    const coordinator = await createUser(db, { role: 'coordinator', regionCode: '66' });
    await createUser(db, { role: 'coordinator', regionCode: '66', status: 'disabled' });
    const ids = await staffToNotify(db.prisma, ['coordinator'], '66');
    expect(ids).toEqual([coordinator.id]);
  });
});
