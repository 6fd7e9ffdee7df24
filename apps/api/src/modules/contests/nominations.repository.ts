// Reads of a nomination for the staff side: rubric, experts, entries with every score.
import { ExpertScoreSchema } from '@registry/contracts/contests-staff';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { readJson } from '../../lib/json-column';
import { contestSelect, entryPracticeSelect, publicPractice } from './contests.repository';

type Db = PrismaClient | Prisma.TransactionClient;

const expertSelect = {
  id: true,
  name: true,
  email: true,
  region: { select: { code: true, nameRu: true } },
} satisfies Prisma.UserSelect;
export type ExpertRow = Prisma.UserGetPayload<{ select: typeof expertSelect }>;

const staffNominationSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  resultsPublishedAt: true,
  resultsFinalAt: true,
  contest: { select: contestSelect },
  rubric: {
    select: {
      criteria: {
        where: { active: true },
        orderBy: { sortOrder: 'asc' },
        select: { code: true, nameRu: true, descriptionRu: true, weight: true },
      },
    },
  },
  experts: { select: { expert: { select: expertSelect } } },
  events: {
    orderBy: { id: 'asc' },
    select: {
      id: true,
      action: true,
      actor: { select: { name: true } },
      practiceTitle: true,
      fromAward: true,
      toAward: true,
      comment: true,
      createdAt: true,
    },
  },
  entries: {
    orderBy: { enteredAt: 'asc' },
    select: {
      id: true,
      practiceId: true,
      enteredAt: true,
      award: true,
      practice: { select: entryPracticeSelect },
      scores: {
        orderBy: { submittedAt: 'asc' },
        select: {
          expertId: true,
          expert: { select: { name: true } },
          scores: true,
          weightedScore: true,
          comment: true,
          submittedAt: true,
        },
      },
    },
  },
} satisfies Prisma.NominationSelect;
type StaffNominationRecord = Prisma.NominationGetPayload<{ select: typeof staffNominationSelect }>;
type ScoreRecord = StaffNominationRecord['entries'][number]['scores'][number];
const ScoreSheetSchema = ExpertScoreSchema.shape.scores;

/** A nomination as staff read it, every score sheet parsed by its contract. */
export type StaffNominationRow = Omit<StaffNominationRecord, 'entries'> & {
  entries: (Omit<StaffNominationRecord['entries'][number], 'scores'> & {
    scores: (Omit<ScoreRecord, 'scores'> & { scores: z.infer<typeof ScoreSheetSchema> })[];
  })[];
};

export async function findStaffNomination(db: Db, id: number): Promise<StaffNominationRow | null> {
  const row = await db.nomination.findUnique({ where: { id }, select: staffNominationSelect });
  return (
    row && {
      ...row,
      entries: row.entries.map((entry) => ({
        ...entry,
        scores: entry.scores.map((score) => ({
          ...score,
          scores: readJson(ScoreSheetSchema, score.scores, 'entry_scores.scores'),
        })),
      })),
    }
  );
}

/** The small facts the rules need about a nomination. */
export function findNominationFacts(db: Db, id: number) {
  return db.nomination.findUnique({
    where: { id },
    select: {
      id: true,
      resultsPublishedAt: true,
      resultsFinalAt: true,
      contest: { select: { submissionOpensAt: true, submissionClosesAt: true } },
      experts: { select: { expertId: true } },
    },
  });
}

export function findEntryFacts(db: Db, id: number) {
  return db.nominationEntry.findUnique({
    where: { id },
    select: {
      id: true,
      nominationId: true,
      award: true,
      practice: { select: { regionCode: true, title: true } },
      nomination: {
        select: {
          resultsPublishedAt: true,
          resultsFinalAt: true,
          experts: { select: { expertId: true } },
          rubric: {
            select: {
              criteria: {
                where: { active: true },
                orderBy: { sortOrder: 'asc' },
                select: { code: true, nameRu: true, weight: true },
              },
            },
          },
        },
      },
    },
  });
}

export function listNominations(db: Db, where: Prisma.NominationWhereInput) {
  return db.nomination.findMany({
    where,
    orderBy: [{ contest: { startsOn: 'desc' } }, { sortOrder: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      resultsPublishedAt: true,
      resultsFinalAt: true,
      contest: { select: { ...contestSelect } },
      _count: { select: { entries: true } },
    },
  });
}

/** Active experts not yet on the nomination. */
export function findAvailableExperts(db: Db, assigned: number[]) {
  return db.user.findMany({
    where: { role: 'expert', status: 'active', id: { notIn: assigned } },
    orderBy: { name: 'asc' },
    select: expertSelect,
  });
}

/** A region's public practices not yet entered into the nomination. */
export function findEligiblePractices(db: Db, regionCode: string, nominationId: number) {
  return db.practice.findMany({
    where: { regionCode, ...publicPractice, nominationEntries: { none: { nominationId } } },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
  });
}
