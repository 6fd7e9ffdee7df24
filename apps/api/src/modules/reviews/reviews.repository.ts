// Prisma reads of expert review: assignments (their scores parsed by the contract), the rubric
// and the practice under review. Writes that move a practice are in decisions.repository.ts,
// the rubric's and conflicts' own in review-setup.repository.ts.
import type { RubricCriterion } from '@registry/contracts/review-setup';
import { CriterionScoreSchema } from '@registry/contracts/reviews';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { z } from 'zod';
import { readJson } from '../../lib/json-column';

export type Tx = Prisma.TransactionClient | PrismaClient;

export const RUBRIC_CODE = 'practice_review';

export const assignmentSelect = {
  id: true,
  practiceId: true,
  expertId: true,
  round: true,
  status: true,
  assignedAt: true,
  dueAt: true,
  declineReason: true,
  submittedAt: true,
  scores: true,
  weightedScore: true,
  recommendation: true,
  proposedEvidenceLevelCode: true,
  comment: true,
  expert: { select: { name: true } },
  practice: { select: { title: true, region: { select: { nameRu: true } } } },
} satisfies Prisma.ReviewAssignmentSelect;

type AssignmentRecord = Prisma.ReviewAssignmentGetPayload<{ select: typeof assignmentSelect }>;

/** An assignment as read, the scores it was sent with parsed by their contract. */
export type AssignmentRow = Omit<AssignmentRecord, 'scores'> & { scores: z.infer<typeof ScoresSchema> };

const ScoresSchema = z.array(CriterionScoreSchema);
const parsed = (row: AssignmentRecord): AssignmentRow => ({
  ...row,
  scores: readJson(ScoresSchema, row.scores, 'review_assignments.scores'),
});

export async function findAssignment(db: Tx, id: number): Promise<AssignmentRow | null> {
  const row = await db.reviewAssignment.findUnique({ where: { id }, select: assignmentSelect });
  return row && parsed(row);
}

export async function listAssignments(db: Tx, where: Prisma.ReviewAssignmentWhereInput) {
  const rows = await db.reviewAssignment.findMany({
    where,
    select: assignmentSelect,
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return rows.map(parsed);
}

/** The latest round the practice was reviewed in, or null before its first assignment. */
export async function latestRound(db: Tx, practiceId: number): Promise<number | null> {
  const latest = await db.reviewAssignment.aggregate({ where: { practiceId }, _max: { round: true } });
  return latest._max.round;
}

/** Experts with a live (assigned or submitted) assignment in `round`. */
export async function liveExpertIdsIn(db: Tx, practiceId: number, round: number) {
  const rows = await db.reviewAssignment.findMany({
    where: { practiceId, round, status: { in: ['assigned', 'submitted'] } },
    select: { expertId: true },
  });
  return rows.map((r) => r.expertId);
}

export const countSubmitted = (db: Tx, practiceId: number) =>
  db.reviewAssignment.count({ where: { practiceId, status: 'submitted' } });

export const evidenceLevelExists = async (db: Tx, code: string) =>
  (await db.evidenceLevel.count({ where: { code } })) > 0;

/** Accounts that may be assigned, with their declared conflicts, as the conflict rules judge them. */
export const findCandidates = (db: Tx, ids: number[]) =>
  db.user.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      role: true,
      regionCode: true,
      status: true,
      conflicts: { select: { organisationName: true } },
    },
  });

/** Experts who are not disabled, with their region and declared conflicts, by name. */
export const listExpertRows = (db: Tx) =>
  db.user.findMany({
    where: { role: 'expert', status: { not: 'disabled' } },
    select: {
      id: true,
      name: true,
      role: true,
      regionCode: true,
      region: { select: { code: true, nameRu: true } },
      conflicts: { select: { organisationName: true }, orderBy: { id: 'asc' } },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });

/** Recommended practices due for a re-review (by date or asked for early). */
export const findDueForReReview = (db: Tx, now: Date) =>
  db.practice.findMany({
    where: {
      status: 'recommended',
      OR: [{ nextReviewDueAt: { lte: now } }, { reReviewRequestedAt: { not: null } }],
    },
    select: {
      id: true,
      title: true,
      nextReviewDueAt: true,
      reReviewRequestedAt: true,
      region: { select: { nameRu: true } },
    },
    orderBy: [{ nextReviewDueAt: 'asc' }, { id: 'asc' }],
    take: 500,
  });

/** Sends the expert's review, only while the assignment is still open; false otherwise. */
export async function saveReview(
  db: Tx,
  id: number,
  review: {
    scores: z.infer<typeof ScoresSchema>;
    weightedScore: number;
    recommendation: Prisma.ReviewAssignmentUpdateManyMutationInput['recommendation'];
    proposedEvidenceLevelCode: string | null | undefined;
    comment: string;
  },
) {
  const { count } = await db.reviewAssignment.updateMany({
    where: { id, status: 'assigned' },
    data: { status: 'submitted', submittedAt: new Date(), ...review },
  });
  return count === 1;
}

/** Declines the assignment, only while it is still open. */
export async function declineAssignment(db: Tx, id: number, reason: string) {
  await db.reviewAssignment.updateMany({
    where: { id, status: 'assigned' },
    data: { status: 'declined', declinedAt: new Date(), declineReason: reason },
  });
}

export async function rubricCriteria(db: Tx, onlyActive: boolean): Promise<RubricCriterion[]> {
  const rows = await db.rubricCriterion.findMany({
    where: { rubric: { code: RUBRIC_CODE }, ...(onlyActive ? { active: true } : {}) },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    nameRu: row.nameRu,
    descriptionRu: row.descriptionRu,
    weight: Number(row.weight),
    sortOrder: row.sortOrder,
    active: row.active,
  }));
}

export const reviewedPracticeSelect = {
  id: true,
  title: true,
  status: true,
  revision: true,
  regionCode: true,
  organisationName: true,
  evidenceLevelCode: true,
  recommendationText: true,
  lastReviewedAt: true,
  nextReviewDueAt: true,
  reReviewRequestedAt: true,
  region: { select: { nameRu: true } },
} satisfies Prisma.PracticeSelect;

export const findReviewedPractice = (db: Tx, id: number) =>
  db.practice.findUnique({ where: { id }, select: reviewedPracticeSelect });

export type ReviewedPracticeRow = NonNullable<Awaited<ReturnType<typeof findReviewedPractice>>>;

/**
 * The round new assignments join: the latest one while it is still open (assigned after the
 * last decision), else the next one.
 */
export async function currentRound(db: Tx, practice: ReviewedPracticeRow): Promise<number> {
  const latest = await db.reviewAssignment.findFirst({
    where: { practiceId: practice.id },
    orderBy: [{ round: 'desc' }, { assignedAt: 'desc' }],
    select: { round: true, assignedAt: true },
  });
  if (!latest) return 1;
  const open = !practice.lastReviewedAt || latest.assignedAt > practice.lastReviewedAt;
  return open ? latest.round : latest.round + 1;
}
