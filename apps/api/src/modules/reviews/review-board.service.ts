// The moderator's side of a review: assigning experts (conflicts of interest refused), the
// reviews side by side with their aggregate, and the overview of open and due reviews.
import {
  type AssignExpertsBodySchema,
  assignExpertsBodySchema,
  type Review,
  type ReviewBoard,
} from '@registry/contracts/reviews';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { notifyAssignments } from '../notifications';
import { createAssignments, recordPracticeEvent, startReview } from './decisions.repository';
import { toAssignment, toReview } from './review-mappers';
import {
  ASSIGNABLE_STATUSES,
  aggregateReviews,
  conflictMessages,
  conflictOf,
  dueAtOf,
  possibleDecisions,
} from './review-rules';
import { liveExpertIds, loadPractice } from './reviewed-practice';
import {
  currentRound,
  findCandidates,
  findDueForReReview,
  latestRound,
  listAssignments,
} from './reviews.repository';

export async function reviewBoard(prisma: PrismaClient, id: number): Promise<ReviewBoard> {
  const practice = await loadPractice(prisma, id);
  const round = await currentRound(prisma, practice);
  const shown = (await latestRound(prisma, id)) ?? round;
  const rows = await listAssignments(prisma, { practiceId: id, round: shown });
  const inPlay = await liveExpertIds(prisma, practice);
  const reviews = rows.map(toReview).filter((r): r is Review => r !== null);
  const now = new Date();
  return {
    practice: {
      id: practice.id,
      title: practice.title || 'Без названия',
      status: practice.status,
      revision: practice.revision,
      regionCode: practice.regionCode,
      regionName: practice.region.nameRu,
      organisationName: practice.organisationName,
      evidenceLevel: practice.evidenceLevelCode,
      recommendationText: practice.recommendationText,
      lastReviewedAt: practice.lastReviewedAt?.toISOString() ?? null,
      nextReviewDueAt: practice.nextReviewDueAt?.toISOString() ?? null,
      reReviewRequestedAt: practice.reReviewRequestedAt?.toISOString() ?? null,
    },
    round: shown,
    roundOpen: round === shown,
    expertsInPlay: inPlay.length,
    canAssign: ASSIGNABLE_STATUSES.includes(practice.status),
    assignments: rows.map((row) => toAssignment(row, now)),
    reviews,
    aggregate: aggregateReviews(reviews),
    decisions: possibleDecisions(practice.status),
  };
}

export async function assignExperts(
  prisma: PrismaClient,
  moderator: Actor,
  id: number,
  body: z.output<typeof AssignExpertsBodySchema>,
) {
  const practice = await loadPractice(prisma, id);
  if (!ASSIGNABLE_STATUSES.includes(practice.status)) {
    throw new AppError('NOT_ASSIGNABLE', {
      status: 409,
      detail: 'Экспертов назначают на поданную, рассматриваемую или опубликованную практику',
    });
  }
  const dueAt = dueAtOf(body.dueOn);
  if (Number.isNaN(dueAt.getTime()) || dueAt < new Date()) {
    throw new AppError('DUE_DATE_PAST', {
      status: 400,
      detail: 'Срок экспертизы должен быть в будущем',
      errors: [{ field: 'body.dueOn', message: 'Укажите дату не раньше сегодняшней' }],
    });
  }
  const live = await liveExpertIds(prisma, practice);
  const enough = assignExpertsBodySchema(live.length).safeParse(body);
  if (!enough.success) {
    const errors = enough.error.issues.map((issue) => ({
      field: ['body', ...issue.path].join('.'),
      message: issue.message,
    }));
    throw new AppError('TOO_FEW_EXPERTS', {
      status: 400,
      detail: errors.map((e) => e.message).join('; '),
      errors,
    });
  }
  const ids = body.expertIds;
  const users = await findCandidates(prisma, ids);
  const errors = ids.flatMap((expertId, index) => {
    const user = users.find((u) => u.id === expertId);
    const field = `body.expertIds.${index}`;
    if (!user || user.status === 'disabled') return [{ field, message: `Эксперт №${expertId} не найден` }];
    const reason = conflictOf(
      { ...user, conflicts: user.conflicts.map((c) => c.organisationName) },
      { ...practice, liveExpertIds: live },
    );
    return reason ? [{ field, message: conflictMessages[reason](user.name) }] : [];
  });
  if (errors.length) {
    throw new AppError('CONFLICT_OF_INTEREST', {
      status: 409,
      detail: errors.map((e) => e.message).join('; '),
      errors,
    });
  }
  const round = await currentRound(prisma, practice);
  await prisma.$transaction(async (tx) => {
    const assignments = await createAssignments(
      tx,
      ids.map((expertId) => ({ practiceId: id, expertId, assignedById: moderator.id, round, dueAt })),
    );
    await notifyAssignments(tx, { practice, assignments, dueAt });
    // The first assignment takes a submitted practice into expert review, as the life cycle says.
    if (practice.status === 'submitted' && (await startReview(tx, id))) {
      await recordPracticeEvent(tx, {
        practiceId: id,
        actorId: moderator.id,
        action: 'accept_for_review',
        fromStatus: 'submitted',
        toStatus: 'in_review',
        comment: `Назначены эксперты: ${users.map((u) => u.name).join(', ')}`,
        revision: practice.revision + 1,
      });
    }
  });
  return reviewBoard(prisma, id);
}

/** Open assignments (overdue first) and recommended practices due for a re-review. */
export async function overview(prisma: PrismaClient) {
  const now = new Date();
  const rows = await listAssignments(prisma, { status: 'assigned' });
  const due = await findDueForReReview(prisma, now);
  return {
    assignments: rows.map((row) => toAssignment(row, now)),
    dueForReReview: due.map((p) => ({
      practiceId: p.id,
      title: p.title,
      regionName: p.region.nameRu,
      nextReviewDueAt: p.nextReviewDueAt?.toISOString() ?? null,
      reReviewRequestedAt: p.reReviewRequestedAt?.toISOString() ?? null,
    })),
  };
}
