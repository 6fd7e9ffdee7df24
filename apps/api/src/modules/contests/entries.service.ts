// Entering practices, scoring entries, awards and publishing results. Once a nomination's
// results are published its entries and scores are frozen; its awards may still be corrected,
// each correction logged with its reason, until a moderator publishes the results for good.
import type { AwardBodySchema, ScoreBodySchema } from '@registry/contracts/contests-staff';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import {
  type Actor,
  checkScoreSheet,
  entryRefusal,
  scoreRefusal,
  submissionPhase,
  weightedScore,
} from './contest-rules';
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
  const practice = await prisma.practice.findUnique({
    where: { id: practiceId },
    select: { regionCode: true, status: true },
  });
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
  const existing = await prisma.nominationEntry.findUnique({
    where: { nominationId_practiceId: { nominationId, practiceId } },
    select: { id: true },
  });
  if (existing) {
    throw new AppError('DUPLICATE_ENTRY', { status: 409, detail: 'Эта практика уже подана в номинацию' });
  }
  await prisma.nominationEntry.create({
    data: { nominationId, practiceId, enteredById: actor.id },
    select: { id: true },
  });
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
  const data = {
    scores,
    weightedScore: weightedScore(scores),
    comment: body.comment,
    submittedAt: new Date(),
  };
  await prisma.entryScore.upsert({
    where: { entryId_expertId: { entryId, expertId: actor.id } },
    create: { entryId, expertId: actor.id, ...data },
    update: data,
    select: { id: true },
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
    await prisma.nominationEntry.update({
      where: { id: entryId },
      data: { award: body.award },
      select: { id: true },
    });
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
    const { count } = await tx.nominationEntry.updateMany({
      where: { id: entryId, award: entry.award, nomination: { resultsFinalAt: null } },
      data: { award: body.award },
    });
    if (count === 0) throw resultsFinal();
    await tx.nominationEvent.create({
      data: {
        nominationId: entry.nominationId,
        actorId: actor.id,
        action: 'award_corrected',
        practiceTitle: entry.practice.title,
        fromAward: entry.award,
        toAward: body.award,
        comment: body.reason,
      },
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
    const { count } = await tx.nomination.updateMany({
      where: { id: nominationId, resultsPublishedAt: null },
      data: { resultsPublishedAt: new Date() },
    });
    if (count === 0) throw resultsPublished();
    await tx.nominationEvent.create({
      data: { nominationId, actorId: actor.id, action: 'results_published' },
    });
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
    const { count } = await tx.nomination.updateMany({
      where: { id: nominationId, resultsPublishedAt: { not: null }, resultsFinalAt: null },
      data: { resultsFinalAt: new Date() },
    });
    if (count === 0) throw resultsFinal();
    await tx.nominationEvent.create({
      data: { nominationId, actorId: actor.id, action: 'results_finalised' },
    });
  });
  return getStaffNomination(prisma, actor, nominationId);
}
