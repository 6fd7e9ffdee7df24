// The moderator's decision after a review: recommend for adoption (with a public justification
// and the evidence level), publish, return or reject. Every decision is dated; a recommended
// practice is due for re-review RE_REVIEW_MONTHS later.
import type { DecisionBodySchema } from '@registry/contracts/reviews';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { notifyPracticeStatus } from '../notifications';
import { checkTransition, missingFieldsOf } from '../submissions';
import { applyDecision, recordPracticeEvent, withdrawOpenAssignments } from './decisions.repository';
import { reviewBoard } from './review-board.service';
import { decisionAction, nextReviewDue } from './review-rules';
import { loadPractice } from './reviewed-practice';
import { countSubmitted, evidenceLevelExists } from './reviews.repository';

const staleRevision = (current: number) =>
  new AppError('STALE_REVISION', {
    status: 409,
    detail: `Практику уже изменили (текущая редакция ${current}). Обновите страницу.`,
    errors: [{ field: 'body.revision', message: `Текущая редакция: ${current}` }],
  });

export async function decide(
  prisma: PrismaClient,
  moderator: Actor,
  id: number,
  body: z.output<typeof DecisionBodySchema>,
  reReviewMonths: number,
) {
  const practice = await loadPractice(prisma, id);
  const action = decisionAction(body.decision, practice.status);
  if (action === null) {
    throw new AppError('ILLEGAL_TRANSITION', {
      status: 409,
      detail: `Решение «${body.decision}» недоступно в статусе «${practice.status}»`,
    });
  }
  let to = practice.status;
  if (action !== 'stay') {
    // A moderator's or an admin's decision: no region limits it.
    const check = checkTransition({ ...moderator, regionCode: null }, practice, action);
    if (!check.ok)
      throw new AppError('ILLEGAL_TRANSITION', { status: 409, detail: 'Это решение сейчас недоступно' });
    to = check.transition.to;
  }
  if (practice.revision !== body.revision) throw staleRevision(practice.revision);
  if (body.evidenceLevel) {
    if (!(await evidenceLevelExists(prisma, body.evidenceLevel)))
      throw new AppError('UNKNOWN_REFERENCE_CODE', {
        status: 400,
        detail: 'Неизвестный уровень доказанности',
        errors: [{ field: 'body.evidenceLevel', message: `Неизвестный код «${body.evidenceLevel}»` }],
      });
  }
  if (body.decision === 'recommend' || body.decision === 'publish') {
    const submitted = await countSubmitted(prisma, id);
    if (body.decision === 'recommend' && submitted === 0) {
      throw new AppError('REVIEWS_MISSING', {
        status: 409,
        detail: 'Рекомендовать можно после хотя бы одной экспертной оценки',
      });
    }
    const missing = await missingFieldsOf(prisma, id);
    if (missing.length)
      throw new AppError('INCOMPLETE_PASSPORT', {
        status: 400,
        detail: 'Паспорт практики заполнен не полностью',
        errors: missing.map((field) => ({ field, message: 'Заполните это поле' })),
      });
  }

  const now = new Date();
  const recommend = body.decision === 'recommend';
  await prisma.$transaction(async (tx) => {
    const applied = await applyDecision(
      tx,
      { id, revision: body.revision, status: practice.status },
      {
        status: to,
        ...(to !== practice.status ? { statusChangedAt: now } : {}),
        lastReviewedAt: now,
        reReviewRequestedAt: null,
        ...(recommend
          ? {
              recommendationText: body.justification,
              recommendedAt: practice.status === 'recommended' ? undefined : now,
              nextReviewDueAt: nextReviewDue(now, reReviewMonths),
              evidenceLevelCode: body.evidenceLevel,
            }
          : to !== 'recommended'
            ? { recommendationText: null, recommendedAt: null, nextReviewDueAt: null }
            : {}),
      },
    );
    if (!applied) throw staleRevision(practice.revision + 1);
    await withdrawOpenAssignments(tx, id);
    await recordPracticeEvent(tx, {
      practiceId: id,
      actorId: moderator.id,
      action: action === 'stay' ? 'review_confirmed' : action,
      fromStatus: practice.status,
      toStatus: to,
      comment: body.justification || null,
      revision: body.revision + 1,
    });
    if (action !== 'stay') {
      await notifyPracticeStatus(tx, {
        practice,
        action,
        actorId: moderator.id,
        comment: body.justification || null,
      });
    }
  });
  return reviewBoard(prisma, id);
}
