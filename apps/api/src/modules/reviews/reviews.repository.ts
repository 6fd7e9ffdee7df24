// Prisma access for expert review: assignments, reviews, the rubric and declared conflicts.

import type { RubricCriterion } from '@registry/contracts/review-setup';
import type { Assignment, Review } from '@registry/contracts/reviews';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

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

export type AssignmentRow = Prisma.ReviewAssignmentGetPayload<{ select: typeof assignmentSelect }>;

export function toAssignment(row: AssignmentRow, now = new Date()): Assignment {
  return {
    id: row.id,
    practiceId: row.practiceId,
    practiceTitle: row.practice.title || 'Без названия',
    regionName: row.practice.region.nameRu,
    expertId: row.expertId,
    expertName: row.expert.name,
    round: row.round,
    status: row.status,
    assignedAt: row.assignedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    overdue: row.status === 'assigned' && row.dueAt < now,
    declineReason: row.declineReason,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

/** A submitted assignment as a review (null for one not submitted). */
export function toReview(row: AssignmentRow): Review | null {
  if (row.status !== 'submitted' || !row.submittedAt || !row.recommendation) return null;
  return {
    assignmentId: row.id,
    expertName: row.expert.name,
    submittedAt: row.submittedAt.toISOString(),
    scores: row.scores as Review['scores'],
    weightedScore: Number(row.weightedScore ?? 0),
    recommendation: row.recommendation,
    proposedEvidenceLevel: row.proposedEvidenceLevelCode,
    comment: row.comment,
  };
}

export const findAssignment = (db: Tx, id: number) =>
  db.reviewAssignment.findUnique({ where: { id }, select: assignmentSelect });

export const listAssignments = (db: Tx, where: Prisma.ReviewAssignmentWhereInput) =>
  db.reviewAssignment.findMany({
    where,
    select: assignmentSelect,
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    take: 500,
  });

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
