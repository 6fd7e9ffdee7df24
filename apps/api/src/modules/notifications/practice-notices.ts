// Who hears of what happens to a practice, and what they are told: one table for the life cycle
// (submissions' transitions and reviews' decisions), and one for expert assignments and adoptions.

import type { NotificationKind } from '@registry/contracts/notifications';
import type { PracticeAction } from '@registry/contracts/practice-workflow';
import type { Prisma } from '@registry/db/generated/prisma/client';
import { notify, staffToNotify } from './notify';

type Tx = Prisma.TransactionClient;

interface PracticeRef {
  id: number;
  title: string;
  regionCode: string;
}

/**
 * A move of the life cycle, and who is told. Other moves (withdraw, archive, restore, withdrawing
 * a recommendation) tell nobody.
 */
const ACTION_NOTICES: Partial<
  Record<
    PracticeAction,
    { kind: NotificationKind; audience: 'moderators' | 'region'; title: (t: string) => string }
  >
> = {
  submit: {
    kind: 'practice_submitted',
    audience: 'moderators',
    title: (t) => `Подана на модерацию практика «${t}»`,
  },
  return_for_revision: {
    kind: 'practice_returned',
    audience: 'region',
    title: (t) => `Практика «${t}» возвращена на доработку`,
  },
  publish: { kind: 'practice_published', audience: 'region', title: (t) => `Практика «${t}» опубликована` },
  recommend: {
    kind: 'practice_recommended',
    audience: 'region',
    title: (t) => `Практика «${t}» рекомендована к тиражированию`,
  },
  reject: { kind: 'practice_rejected', audience: 'region', title: (t) => `Практика «${t}» отклонена` },
};

/**
 * Tells the right people of a move of a practice (moderators of a submission; the region's
 * coordinators of a return, publication, recommendation or rejection), except the one who did it.
 */
export async function notifyPracticeStatus(
  tx: Tx,
  input: { practice: PracticeRef; action: PracticeAction; actorId: number; comment?: string | null },
) {
  const notice = ACTION_NOTICES[input.action];
  if (!notice) return;
  const audience =
    notice.audience === 'moderators'
      ? await staffToNotify(tx, ['moderator'])
      : await staffToNotify(tx, ['coordinator'], input.practice.regionCode);
  await notify(tx, {
    userIds: audience.filter((id) => id !== input.actorId),
    kind: notice.kind,
    title: notice.title(input.practice.title),
    body: input.comment ? `Комментарий: ${input.comment}` : undefined,
    link: `/account/practices/${input.practice.id}`,
  });
}

const dateRu = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Europe/Moscow',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Tells experts they were assigned a review, with its due date. */
export async function notifyAssignments(
  tx: Tx,
  input: {
    practice: { title: string };
    assignments: readonly { id: number; expertId: number }[];
    dueAt: Date;
  },
) {
  for (const assignment of input.assignments) {
    await notify(tx, {
      userIds: [assignment.expertId],
      kind: 'review_assigned',
      title: `Вам назначена экспертиза практики «${input.practice.title}»`,
      body: `Срок — ${dateRu.format(input.dueAt)}`,
      link: `/account/reviews/${assignment.id}`,
    });
  }
}

/** Tells a practice's region that another region declared adopting it. */
export async function notifyAdoptionDeclared(
  tx: Tx,
  input: { practice: PracticeRef; adoptingRegionName: string; adoptingRegionCode: string },
) {
  if (input.adoptingRegionCode === input.practice.regionCode) return;
  await notify(tx, {
    userIds: await staffToNotify(tx, ['coordinator'], input.practice.regionCode),
    kind: 'adoption_declared',
    title: `${input.adoptingRegionName} внедряет практику вашего региона «${input.practice.title}»`,
    link: `/account/practices/${input.practice.id}`,
  });
}

export { dateRu };
