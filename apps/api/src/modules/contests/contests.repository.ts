// Prisma reads and writes of contests, nominations, entries and scores (`select`, never `include`).
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

type Db = PrismaClient | Prisma.TransactionClient;

export const publicPractice = { status: { in: [...PUBLIC_STATUSES] } } satisfies Prisma.PracticeWhereInput;

export const contestSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  startsOn: true,
  endsOn: true,
  submissionOpensAt: true,
  submissionClosesAt: true,
  winnerLabel: true,
  finalistLabel: true,
} satisfies Prisma.ContestSelect;
export type ContestRow = Prisma.ContestGetPayload<{ select: typeof contestSelect }>;

export const entryPracticeSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  organisationName: true,
  isDemo: true,
  status: true,
  regionCode: true,
  region: { select: { code: true, nameRu: true } },
} satisfies Prisma.PracticeSelect;
export type EntryPracticeRow = Prisma.PracticeGetPayload<{ select: typeof entryPracticeSelect }>;

const publicNominationSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  resultsPublishedAt: true,
  resultsFinalAt: true,
  _count: { select: { entries: { where: { practice: publicPractice } } } },
} satisfies Prisma.NominationSelect;
export type PublicNominationRow = Prisma.NominationGetPayload<{ select: typeof publicNominationSelect }>;

const byOrder = [{ sortOrder: 'asc' }, { id: 'asc' }] satisfies Prisma.NominationOrderByWithRelationInput[];

export function listContests(db: Db) {
  return db.contest.findMany({
    select: { ...contestSelect, _count: { select: { nominations: true } } },
    orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
  });
}

export function findContest(db: Db, where: Prisma.ContestWhereUniqueInput) {
  return db.contest.findUnique({
    where,
    select: { ...contestSelect, nominations: { select: publicNominationSelect, orderBy: byOrder } },
  });
}

export function findPublicNomination(db: Db, contestSlug: string, nominationSlug: string) {
  return db.nomination.findFirst({
    where: { slug: nominationSlug, contest: { slug: contestSlug } },
    select: {
      ...publicNominationSelect,
      contest: { select: contestSelect },
      entries: {
        where: { practice: publicPractice },
        select: { award: true, practice: { select: entryPracticeSelect } },
        orderBy: { practice: { title: 'asc' } },
      },
    },
  });
}

export function findPracticeEntries(db: Db, practiceSlug: string) {
  return db.practice.findFirst({
    where: { slug: practiceSlug, ...publicPractice },
    select: {
      nominationEntries: {
        select: {
          award: true,
          nomination: {
            select: {
              id: true,
              slug: true,
              title: true,
              resultsPublishedAt: true,
              contest: {
                select: {
                  slug: true,
                  title: true,
                  startsOn: true,
                  endsOn: true,
                  winnerLabel: true,
                  finalistLabel: true,
                },
              },
            },
          },
        },
        orderBy: { nomination: { contest: { startsOn: 'desc' } } },
      },
    },
  });
}

/** A new rubric for a nomination: a copy of the practice review rubric's active criteria. */
export async function copyReviewRubric(db: Db, code: string, nameRu: string) {
  const source = await db.rubric.findUnique({
    where: { code: 'practice_review' },
    select: { criteria: { where: { active: true }, orderBy: { sortOrder: 'asc' } } },
  });
  return db.rubric.create({
    data: {
      code,
      nameRu,
      criteria: {
        create: (source?.criteria ?? []).map((c) => ({
          code: c.code,
          nameRu: c.nameRu,
          descriptionRu: c.descriptionRu,
          weight: c.weight,
          sortOrder: c.sortOrder,
        })),
      },
    },
    select: { id: true },
  });
}
