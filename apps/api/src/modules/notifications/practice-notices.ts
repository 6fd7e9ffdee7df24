// Who hears of what happens to a practice, and what they are told: one table for the life cycle
// (submissions' transitions and reviews' decisions), and one for expert assignments and adoptions.

import type { NotificationKind } from '@registry/contracts/notifications';
import type { PracticeStatus } from '@registry/contracts/practice-enums';
import type { Prisma } from '@registry/db/generated/prisma/client';
import { notify, staffToNotify } from './notify';

type Tx = Prisma.TransactionClient;

interface PracticeRef {
  id: number;
  title: string;
  regionCode: string;
}

/** A status a practice moved to, and who is told. Other moves (withdraw, archive…) tell nobody. */
const STATUS_NOTICES: Partial<
  Record<
    PracticeStatus,
    { kind: NotificationKind; audience: 'moderators' | 'region'; title: (t: string) => string }
  >
> = {
  submitted: {
    kind: 'practice_submitted',
    audience: 'moderators',
    title: (t) => `Подана на модерацию практика «${t}»`,
  },
  needs_revision: {
    kind: 'practice_returned',
    audience: 'region',
    title: (t) => `Практика «${t}» возвращена на доработку`,
  },
  published: { kind: 'practice_published', audience: 'region', title: (t) => `Практика «${t}» опубликована` },
  recommended: {
    kind: 'practice_recommended',
    audience: 'region',
    title: (t) => `Практика «${t}» рекомендована к тиражированию`,
  },
  rejected: { kind: 'practice_rejected', audience: 'region', title: (t) => `Практика «${t}» отклонена` },
};

/**
 * Tells the right people that a practice moved to `to` (moderators of a submission; the region's
 * coordinators of a return, publication, recommendation or rejection), except the one who did it.
 */
export async function notifyPracticeStatus(
  tx: Tx,
  input: { practice: PracticeRef; to: PracticeStatus; actorId: number; comment?: string | null },
) {
  const notice = STATUS_NOTICES[input.to];
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
      body: `Срок — ${dateRu.format(input.dueAt)}.`,
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
