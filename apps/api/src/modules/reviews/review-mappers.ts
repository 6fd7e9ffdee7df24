// Assignment rows as the API answers them: the assignment, and a sent review.
import type { Assignment, Review } from '@registry/contracts/reviews';
import type { AssignmentRow } from './reviews.repository';

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
    scores: row.scores,
    weightedScore: Number(row.weightedScore ?? 0),
    recommendation: row.recommendation,
    proposedEvidenceLevel: row.proposedEvidenceLevelCode,
    comment: row.comment,
  };
}
