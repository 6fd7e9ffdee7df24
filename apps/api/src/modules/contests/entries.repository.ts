// Prisma writes of contest entries, scores, awards and results, and the nomination's history.
// The award and results writes check the state they were based on inside the statement.
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

type Tx = Prisma.TransactionClient | PrismaClient;
type Award = Prisma.NominationEntryUncheckedCreateInput['award'];

export const findPracticeForEntry = (db: Tx, id: number) =>
  db.practice.findUnique({ where: { id }, select: { regionCode: true, status: true } });

export const entryExists = async (db: Tx, nominationId: number, practiceId: number) =>
  (await db.nominationEntry.count({ where: { nominationId, practiceId } })) > 0;

export async function insertEntry(db: Tx, nominationId: number, practiceId: number, enteredById: number) {
  await db.nominationEntry.create({ data: { nominationId, practiceId, enteredById }, select: { id: true } });
}

/** The expert's score sheet of an entry, replacing the one sent before. */
export async function saveScore(
  db: Tx,
  entryId: number,
  expertId: number,
  sheet: {
    scores: { criterion: string; nameRu: string; weight: number; score: number }[];
    weightedScore: number;
    comment: string;
    submittedAt: Date;
  },
) {
  await db.entryScore.upsert({
    where: { entryId_expertId: { entryId, expertId } },
    create: { entryId, expertId, ...sheet },
    update: sheet,
    select: { id: true },
  });
}

export async function setEntryAward(db: Tx, entryId: number, award: Award) {
  await db.nominationEntry.update({ where: { id: entryId }, data: { award }, select: { id: true } });
}

/** Changes the award only from `from`, and only while the results are not final. */
export async function correctAward(db: Tx, entryId: number, from: Award, to: Award) {
  const { count } = await db.nominationEntry.updateMany({
    where: { id: entryId, award: from, nomination: { resultsFinalAt: null } },
    data: { award: to },
  });
  return count === 1;
}

/** Publishes the results, only the first time. */
export async function markResultsPublished(db: Tx, nominationId: number) {
  const { count } = await db.nomination.updateMany({
    where: { id: nominationId, resultsPublishedAt: null },
    data: { resultsPublishedAt: new Date() },
  });
  return count === 1;
}

/** Publishes the results for good, only once they are published and not yet final. */
export async function markResultsFinal(db: Tx, nominationId: number) {
  const { count } = await db.nomination.updateMany({
    where: { id: nominationId, resultsPublishedAt: { not: null }, resultsFinalAt: null },
    data: { resultsFinalAt: new Date() },
  });
  return count === 1;
}

export async function recordNominationEvent(db: Tx, event: Prisma.NominationEventUncheckedCreateInput) {
  await db.nominationEvent.create({ data: event, select: { id: true } });
}
