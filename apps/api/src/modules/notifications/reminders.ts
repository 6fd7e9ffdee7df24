// The daily reminders (once per Moscow day, scheduler in modules/mail): an expert's review is due
// in 3 days or its due date has passed; a recommended practice is due for re-review; a contest's
// entry window opened or closed. Each reminder belongs to one day only, so the next day's run does
// not repeat it; the day's run is one transaction, so a run retried after a crash (scheduler
// lease) starts from nothing written. A day on which no process ran sends no reminders.
import { scheduleDaily } from '../mail';
import { notify, staffToNotify } from './notify';
import { dateRu } from './practice-notices';
import { assignmentsDueOn, contestWindowsOn, reReviewsDueOn } from './reminders.repository';

export const DUE_SOON_DAYS = 3;

export const remindersJob = scheduleDaily('notifications-reminders', async ({ prisma, day }) => {
  await prisma.$transaction(async (tx) => {
    for (const a of await assignmentsDueOn(tx, day, DUE_SOON_DAYS)) {
      await notify(tx, {
        userIds: [a.expertId],
        kind: 'review_due_soon',
        title: `Через ${DUE_SOON_DAYS} дня срок экспертизы практики «${a.title}»`,
        body: `Срок — ${dateRu.format(a.dueAt)}`,
        link: `/account/reviews/${a.id}`,
      });
    }
    for (const a of await assignmentsDueOn(tx, day, -1)) {
      await notify(tx, {
        userIds: [a.expertId, ...(a.assignedById ? [a.assignedById] : [])],
        kind: 'review_overdue',
        title: `Прошёл срок экспертизы практики «${a.title}»`,
        body: `Срок был ${dateRu.format(a.dueAt)}`,
        link: `/account/reviews/${a.id}`,
      });
    }
    for (const practice of await reReviewsDueOn(tx, day)) {
      await notify(tx, {
        userIds: [
          ...(await staffToNotify(tx, ['moderator'])),
          ...(await staffToNotify(tx, ['coordinator'], practice.regionCode)),
        ],
        kind: 're_review_due',
        title: `Пора повторной экспертизы практики «${practice.title}»`,
        link: `/account/practices/${practice.id}`,
      });
    }
    const windows = await contestWindowsOn(tx, day);
    if (windows.length > 0) {
      const coordinators = await staffToNotify(tx, ['coordinator']);
      for (const contest of windows) {
        await notify(tx, {
          userIds: coordinators,
          kind: contest.event === 'opened' ? 'contest_window_opened' : 'contest_window_closed',
          title:
            contest.event === 'opened'
              ? `Открыт приём заявок на конкурс «${contest.title}»`
              : `Закрыт приём заявок на конкурс «${contest.title}»`,
          link: `/account/contests/${contest.slug}`,
        });
      }
    }
  });
});
