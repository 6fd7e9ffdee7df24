// The events of the registry reach the right people, in «Уведомления» and by mail, written with
// the change itself: submission (moderators), assignment (experts), return (the region),
// adoption (the practice's region), and the daily reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPractice } from '../../../test/factories';
import { createUser, signIn } from '../../../test/users';
import { moscowDay } from '../mail/scheduler';
import { type ReviewWorld, reviewWorld } from '../reviews/reviews.test-support';
import { remindersJob } from './reminders';

describe('notifications of registry events', () => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await reviewWorld();
  });
  afterAll(() => w.t.close());

  const notificationsOf = (userId: number) =>
    w.t.db.prisma.notification.findMany({ where: { userId }, orderBy: { id: 'asc' } });
  const mailTo = async (userId: number) => {
    const { email } = await w.t.db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    return w.t.db.prisma.outboxMessage.findMany({ where: { recipient: email }, orderBy: { id: 'asc' } });
  };

  it('a submission tells the moderators; an assignment tells each expert, with the link to the review', async () => {
    const practice = await w.submittedPractice('notify-assign');
    expect((await notificationsOf(w.people.moderator.id)).at(-1)).toMatchObject({
      kind: 'practice_submitted',
      link: `/account/practices/${practice.id}`,
    });
    // The coordinator who submitted is not told of their own act.
    expect(await notificationsOf(w.people.coordinator.id)).toEqual([]);

    const assigned = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practice.id}/assignments`,
      {
        expertIds: [w.people.expertA.id, w.people.expertC.id],
        dueOn: w.tomorrow,
      },
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    const assignment = await w.t.db.prisma.reviewAssignment.findFirstOrThrow({
      where: { practiceId: practice.id, expertId: w.people.expertA.id },
    });
    const [notice] = await notificationsOf(w.people.expertA.id);
    expect(notice).toMatchObject({ kind: 'review_assigned', link: `/account/reviews/${assignment.id}` });
    expect(notice?.title).toContain(practice.passport.title);
    const [mail] = await mailTo(w.people.expertA.id);
    expect(mail).toMatchObject({ template: 'notification', subject: notice?.title });
    expect(await notificationsOf(w.people.expertC.id)).toHaveLength(1);
    expect(await notificationsOf(w.people.expertB.id)).toEqual([]);
  });

  it('a return tells the region’s coordinators with the moderator’s comment, by mail too', async () => {
    const practice = await w.submittedPractice('notify-return');
    const returned = await w.call(w.people.moderator, 'POST', `/api/submissions/${practice.id}/transitions`, {
      action: 'return_for_revision',
      revision: practice.revision,
      comment: 'Уточните показатели результативности',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const [notice] = await notificationsOf(w.people.coordinator.id);
    expect(notice).toMatchObject({
      kind: 'practice_returned',
      body: 'Комментарий: Уточните показатели результативности',
      link: `/account/practices/${practice.id}`,
    });
    expect((await mailTo(w.people.coordinator.id)).map((m) => m.subject)).toContain(notice?.title);
  });

  it('a publication tells the region; archiving tells nobody', async () => {
    const practice = await w.submittedPractice('notify-publish');
    const before = (await notificationsOf(w.people.coordinator.id)).length;
    const published = await w.call(
      w.people.moderator,
      'POST',
      `/api/submissions/${practice.id}/transitions`,
      {
        action: 'publish',
        revision: practice.revision,
      },
    );
    expect(published.statusCode, published.body).toBe(200);
    const after = await notificationsOf(w.people.coordinator.id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ kind: 'practice_published' });
    const archived = await w.call(w.people.moderator, 'POST', `/api/submissions/${practice.id}/transitions`, {
      action: 'archive',
      revision: published.json().revision,
      comment: 'Устарела',
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(await notificationsOf(w.people.coordinator.id)).toHaveLength(before + 1);
  });

  it('an adoption by another region tells the practice’s region', async () => {
    const data = await createPractice(w.t.db, { regionCode: '37', slug: 'notify-adopt' });
    const c37 = await createUser(w.t.db, { role: 'coordinator', regionCode: '37' });
    const c66 = await createUser(w.t.db, { role: 'coordinator', regionCode: '66' });
    const response = await w.t.app.inject({
      method: 'POST',
      url: '/api/adoptions',
      headers: (await signIn(w.t.app, c66.email)).headers,
      payload: {
        practiceSlug: data.slug,
        status: 'planning',
        startedOn: '2027-02-01',
        finishedOn: null,
        contact: { name: 'Ирина Петрова', email: 'petrova@example.org', phone: '' },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const [notice] = await notificationsOf(c37.id);
    expect(notice?.kind).toBe('adoption_declared');
    expect(notice?.title).toContain('Свердловская');
    expect(await mailTo(c37.id)).toHaveLength(1);
    expect(await notificationsOf(c66.id)).toEqual([]);
  });

  it('the daily reminders: due in 3 days, overdue, contest window opened — each once', async () => {
    const practice = await w.submittedPractice('notify-remind');
    const assigned = await w.call(
      w.people.moderator,
      'POST',
      `/api/reviews/practices/${practice.id}/assignments`,
      {
        expertIds: [w.people.expertD.id, w.people.expertB.id],
        dueOn: w.tomorrow,
      },
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    const now = new Date();
    const day = moscowDay(now);
    const inThreeDays = new Date(`${day}T12:00:00+03:00`);
    inThreeDays.setUTCDate(inThreeDays.getUTCDate() + 3);
    const yesterday = new Date(`${day}T12:00:00+03:00`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    await w.t.db.prisma.reviewAssignment.updateMany({
      where: { practiceId: practice.id, expertId: w.people.expertD.id },
      data: { dueAt: inThreeDays },
    });
    await w.t.db.prisma.reviewAssignment.updateMany({
      where: { practiceId: practice.id, expertId: w.people.expertB.id },
      data: { dueAt: yesterday },
    });
    await w.t.db.prisma.contest.create({
      data: {
        slug: 'notify-contest',
        title: 'Конкурс уведомлений',
        startsOn: new Date(`${day}T00:00:00Z`),
        endsOn: new Date(`${day}T00:00:00Z`),
        submissionOpensAt: new Date(`${day}T10:00:00+03:00`),
        submissionClosesAt: inThreeDays,
      },
    });
    const log = { info() {}, warn() {} };
    await remindersJob.run({
      db: w.t.db,
      prisma: w.t.db.prisma,
      day,
      now,
      publicUrl: 'http://localhost',
      log,
    });

    const kinds = async (id: number) => (await notificationsOf(id)).map((n) => n.kind);
    expect(await kinds(w.people.expertD.id)).toContain('review_due_soon');
    expect(await kinds(w.people.expertB.id)).toContain('review_overdue');
    expect(await kinds(w.people.moderator.id)).toContain('review_overdue');
    expect(await kinds(w.people.coordinator.id)).toContain('contest_window_opened');
    expect((await kinds(w.people.expertD.id)).filter((k) => k === 'review_due_soon')).toHaveLength(1);
  });
});
