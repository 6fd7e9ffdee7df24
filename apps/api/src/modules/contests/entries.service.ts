// Entering practices, scoring entries, awards and publishing results. Once a nomination's
// results are published its entries and scores are frozen; its awards may still be corrected,
// each correction logged with its reason, until a moderator publishes the results for good.
import type { AwardBodySchema, ScoreBodySchema } from '@registry/contracts/contests-staff';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { checkScoreSheet, entryRefusal, scoreRefusal, submissionPhase, weightedScore } from './contest-rules';
import {
  correctAward,
  entryExists,
  findPracticeForEntry,
  insertEntry,
  markResultsFinal,
  markResultsPublished,
  recordNominationEvent,
  saveScore,
  setEntryAward,
} from './entries.repository';
import { findEntryFacts, findNominationFacts } from './nominations.repository';
import { getStaffNomination, nominationNotFound, notAssigned } from './nominations.service';

const resultsPublished = () =>
  new AppError('RESULTS_PUBLISHED', {
    status: 409,
    detail: 'Итоги номинации опубликованы: участники и оценки больше не меняются',
  });

const entryNotFound = (id: number) =>
  new AppError('ENTRY_NOT_FOUND', { status: 404, detail: `Заявка №${id} не найдена` });

const ENTRY_ERRORS = {
  not_found: (id: number) =>
    new AppError('PRACTICE_NOT_FOUND', { status: 404, detail: `Практика №${id} не найдена` }),
  forbidden: () =>
    new AppError('FORBIDDEN', {
      status: 403,
      detail: 'Подать можно только опубликованную практику своего региона',
    }),
  not_public: () =>
    new AppError('PRACTICE_NOT_PUBLIC', {
      status: 409,
      detail: 'Подать можно только опубликованную или рекомендованную практику',
    }),
  window: () =>
    new AppError('SUBMISSION_WINDOW_CLOSED', { status: 409, detail: 'Приём заявок в этот конкурс закрыт' }),
  results_published: resultsPublished,
};

export async function enterPractice(
  prisma: PrismaClient,
  actor: Actor,
  nominationId: number,
  practiceId: number,
) {
  const nomination = await findNominationFacts(prisma, nominationId);
  if (!nomination) throw nominationNotFound(nominationId);
  const practice = await findPracticeForEntry(prisma, practiceId);
  if (!practice) throw ENTRY_ERRORS.not_found(practiceId);
  const phase = submissionPhase(
    { opensAt: nomination.contest.submissionOpensAt, closesAt: nomination.contest.submissionClosesAt },
    new Date(),
  );
  const refusal = entryRefusal(actor, practice, {
    phase,
    resultsPublished: nomination.resultsPublishedAt !== null,
  });
  if (refusal) throw ENTRY_ERRORS[refusal](practiceId);
  if (await entryExists(prisma, nominationId, practiceId)) {
    throw new AppError('DUPLICATE_ENTRY', { status: 409, detail: 'Эта практика уже подана в номинацию' });
  }
  await insertEntry(prisma, nominationId, practiceId, actor.id);
  return getStaffNomination(prisma, actor, nominationId);
}

export async function scoreEntry(
  prisma: PrismaClient,
  actor: Actor,
  entryId: number,
  body: z.output<typeof ScoreBodySchema>,
) {
  const entry = await findEntryFacts(prisma, entryId);
  if (!entry) throw entryNotFound(entryId);
  const refusal = scoreRefusal(
    actor,
    {
      expertIds: entry.nomination.experts.map((e) => e.expertId),
      resultsPublished: entry.nomination.resultsPublishedAt !== null,
    },
    entry.practice.regionCode,
  );
  if (refusal === 'not_assigned') throw notAssigned();
  if (refusal === 'own_region') {
    throw new AppError('CONFLICT_OF_INTEREST', {
      status: 403,
      detail: 'Эксперт не оценивает практики своего региона',
    });
  }
  if (refusal === 'results_published') throw resultsPublished();
  const criteria = entry.nomination.rubric.criteria.map((c) => ({ ...c, weight: Number(c.weight) }));
  const check = checkScoreSheet(criteria, body.scores);
  const errors = [
    ...check.unknown.map((u) => ({
      field: `body.scores.${u.index}.criterion`,
      message: `Нет критерия «${u.code}»`,
    })),
    ...(check.missing.length || check.duplicated
      ? [
          {
            field: 'body.scores',
            message: `Оцените каждый критерий ровно один раз: ${check.missing.join(', ')}`,
          },
        ]
      : []),
  ];
  if (errors.length) {
    throw new AppError('INVALID_SCORES', { status: 400, detail: 'Оценки заполнены неверно', errors });
  }
  const byCode = new Map(body.scores.map((s) => [s.criterion, s.score]));
  const scores = criteria.map((c) => ({
    criterion: c.code,
    nameRu: c.nameRu,
    weight: c.weight,
    score: byCode.get(c.code) as number,
  }));
  await saveScore(prisma, entryId, actor.id, {
    scores,
    weightedScore: weightedScore(scores),
    comment: body.comment,
    submittedAt: new Date(),
  });
  return getStaffNomination(prisma, actor, entry.nominationId);
}

const resultsFinal = () =>
  new AppError('RESULTS_FINAL', {
    status: 409,
    detail: 'Итоги номинации опубликованы окончательно: награды больше не меняются',
  });

/**
 * Marks an entry's award. Before publication it is a draft; after it, until the results are
 * final, a moderator may correct it, with a reason that goes into the nomination's history.
 */
export async function setAward(
  prisma: PrismaClient,
  actor: Actor,
  entryId: number,
  body: z.output<typeof AwardBodySchema>,
) {
  const entry = await findEntryFacts(prisma, entryId);
  if (!entry) throw entryNotFound(entryId);
  const { resultsPublishedAt, resultsFinalAt } = entry.nomination;
  if (resultsFinalAt) throw resultsFinal();
  if (!resultsPublishedAt) {
    await setEntryAward(prisma, entryId, body.award);
    return getStaffNomination(prisma, actor, entry.nominationId);
  }
  if (entry.award === body.award) return getStaffNomination(prisma, actor, entry.nominationId);
  if (body.reason.length < 5) {
    throw new AppError('CORRECTION_REASON_REQUIRED', {
      status: 400,
      detail: 'Итоги уже опубликованы: укажите причину исправления',
      errors: [{ field: 'body.reason', message: 'Укажите причину исправления (не короче 5 символов)' }],
    });
  }
  await prisma.$transaction(async (tx) => {
    // Only from the award we saw, and only while the results are not final.
    if (!(await correctAward(tx, entryId, entry.award, body.award))) throw resultsFinal();
    await recordNominationEvent(tx, {
      nominationId: entry.nominationId,
      actorId: actor.id,
      action: 'award_corrected',
      practiceTitle: entry.practice.title,
      fromAward: entry.award,
      toAward: body.award,
      comment: body.reason,
    });
  });
  return getStaffNomination(prisma, actor, entry.nominationId);
}

/** Makes the results public; awards stay correctable (with a reason) until they are final. */
export async function publishResults(prisma: PrismaClient, actor: Actor, nominationId: number) {
  const nomination = await findNominationFacts(prisma, nominationId);
  if (!nomination) throw nominationNotFound(nominationId);
  await prisma.$transaction(async (tx) => {
    // Only the first publication wins, even when two moderators click at once.
    if (!(await markResultsPublished(tx, nominationId))) throw resultsPublished();
    await recordNominationEvent(tx, { nominationId, actorId: actor.id, action: 'results_published' });
  });
  return getStaffNomination(prisma, actor, nominationId);
}

/** The final word: after it nothing in the nomination changes, not even by a correction. */
export async function finaliseResults(prisma: PrismaClient, actor: Actor, nominationId: number) {
  const nomination = await findNominationFacts(prisma, nominationId);
  if (!nomination) throw nominationNotFound(nominationId);
  if (!nomination.resultsPublishedAt) {
    throw new AppError('RESULTS_NOT_PUBLISHED', {
      status: 409,
      detail: 'Сначала опубликуйте итоги, затем проверьте их и опубликуйте окончательно',
    });
  }
  await prisma.$transaction(async (tx) => {
    if (!(await markResultsFinal(tx, nominationId))) throw resultsFinal();
    await recordNominationEvent(tx, { nominationId, actorId: actor.id, action: 'results_finalised' });
  });
  return getStaffNomination(prisma, actor, nominationId);
}
