// Prisma calls for setting contests up: contests, nominations (with their rubric copy) and
// nomination experts.
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { copyReviewRubric } from './contests.repository';

type Tx = Prisma.TransactionClient | PrismaClient;

/** A contest's columns as the set-up form gives them. */
export interface ContestColumns {
  title: string;
  description: string;
  startsOn: Date;
  endsOn: Date;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  winnerLabel: string;
  finalistLabel: string;
}

export const contestSlugTaken = async (db: Tx, slug: string) =>
  (await db.contest.count({ where: { slug } })) > 0;

export const nominationSlugTaken = async (db: Tx, contestId: number, slug: string) =>
  (await db.nomination.count({ where: { contestId, slug } })) > 0;

export async function insertContest(db: Tx, slug: string, data: ContestColumns) {
  await db.contest.create({ data: { slug, ...data }, select: { id: true } });
}

export const findContestSlug = (db: Tx, id: number) =>
  db.contest.findUnique({ where: { id }, select: { slug: true } });

export async function updateContestRow(db: Tx, id: number, slug: string, data: ContestColumns) {
  await db.contest.update({ where: { id }, data: { slug, ...data }, select: { id: true } });
}

/** The contest with how many nominations it has (a new one is sorted last). */
export const findContestForNomination = (db: Tx, id: number) =>
  db.contest.findUnique({ where: { id }, select: { id: true, _count: { select: { nominations: true } } } });

/**
 * A nomination with its own copy of the practice review rubric, coded after the nomination's
 * id once it has one.
 */
export async function insertNomination(
  tx: Prisma.TransactionClient,
  data: { contestId: number; slug: string; title: string; description: string; sortOrder: number },
) {
  const rubric = await copyReviewRubric(
    tx,
    `nomination-new-${data.contestId}-${data.slug}`,
    `Номинация «${data.title}»`,
  );
  const nomination = await tx.nomination.create({
    data: { ...data, rubricId: rubric.id },
    select: { id: true },
  });
  await tx.rubric.update({ where: { id: rubric.id }, data: { code: `nomination-${nomination.id}` } });
  return nomination.id;
}

export const findNominationSummaryRow = (db: Tx, id: number) =>
  db.nomination.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      resultsPublishedAt: true,
      resultsFinalAt: true,
      _count: { select: { entries: true } },
    },
  });

export const findNominationRef = (db: Tx, id: number) =>
  db.nomination.findUnique({
    where: { id },
    select: { contestId: true, slug: true, resultsPublishedAt: true },
  });

export async function updateNominationRow(
  db: Tx,
  id: number,
  data: { slug: string; title: string; description: string },
) {
  await db.nomination.update({ where: { id }, data, select: { id: true } });
}

export const findUserRole = (db: Tx, id: number) =>
  db.user.findUnique({ where: { id }, select: { role: true, status: true } });

export async function addNominationExpert(db: Tx, nominationId: number, expertId: number) {
  await db.nominationExpert.upsert({
    where: { nominationId_expertId: { nominationId, expertId } },
    create: { nominationId, expertId },
    update: {},
  });
}

export async function removeNominationExpert(db: Tx, nominationId: number, expertId: number) {
  await db.nominationExpert.deleteMany({ where: { nominationId, expertId } });
}
