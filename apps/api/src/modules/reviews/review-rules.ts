// The rules of expert review as pure functions, tested as tables in review-rules.test.ts:
// conflicts of interest, score aggregation, and what a moderator's decision does to a practice.
import type { PracticeStatus } from '@registry/contracts/practice-enums';
import type { PracticeAction } from '@registry/contracts/practice-workflow';
import type { ConflictReason, ReviewAggregate, ReviewRecommendation } from '@registry/contracts/reviews';

/** Experts differing by this many points on a criterion disagree strongly. */
export const STRONG_DISAGREEMENT = 3;

/** An organisation name compared loosely: case, ё/е, quotes and extra spaces ignored. */
export function normaliseOrganisation(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/["'«»“”„‘’`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ExpertCandidate {
  id: number;
  role: string;
  regionCode: string | null;
  conflicts: readonly string[];
}

export interface ReviewedPractice {
  regionCode: string;
  organisationName: string;
  /** Experts with a live assignment in the current round. */
  liveExpertIds: readonly number[];
}

/** Why `expert` may not review `practice`, or null when they may. */
export function conflictOf(expert: ExpertCandidate, practice: ReviewedPractice): ConflictReason | null {
  if (expert.role !== 'expert') return 'not_expert';
  if (expert.regionCode !== null && expert.regionCode === practice.regionCode) return 'own_region';
  const organisation = normaliseOrganisation(practice.organisationName);
  if (organisation && expert.conflicts.some((name) => normaliseOrganisation(name) === organisation))
    return 'declared_conflict';
  if (practice.liveExpertIds.includes(expert.id)) return 'already_assigned';
  return null;
}

export const conflictMessages: Record<ConflictReason, (expert: string) => string> = {
  own_region: (expert) => `${expert}: эксперт из региона практики — конфликт интересов`,
  declared_conflict: (expert) => `${expert}: эксперт заявил конфликт интересов с организацией практики`,
  already_assigned: (expert) => `${expert}: эксперт уже назначен на эту практику`,
  not_expert: (expert) => `${expert}: это не эксперт`,
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A review's weighted mean of 1–5 scores. */
export function weightedScore(scores: readonly { weight: number; score: number }[]): number {
  const totalWeight = scores.reduce((sum, s) => sum + s.weight, 0);
  if (totalWeight <= 0) return 0;
  return round2(scores.reduce((sum, s) => sum + s.weight * s.score, 0) / totalWeight);
}

interface ScoredReview {
  scores: readonly { code: string; name: string; weight: number; score: number }[];
}

/** Mean weighted score, spread between experts, and criteria with a 3+ point difference. */
export function aggregateReviews(reviews: readonly ScoredReview[]): ReviewAggregate {
  if (reviews.length === 0) return { reviewCount: 0, weightedScore: null, spread: null, disagreements: [] };
  const totals = reviews.map((review) => weightedScore(review.scores));
  const byCriterion = new Map<string, { name: string; values: number[] }>();
  for (const review of reviews)
    for (const s of review.scores) {
      const entry = byCriterion.get(s.code) ?? { name: s.name, values: [] };
      entry.values.push(s.score);
      byCriterion.set(s.code, entry);
    }
  const disagreements = [...byCriterion.entries()]
    .map(([code, { name, values }]) => ({ code, name, min: Math.min(...values), max: Math.max(...values) }))
    .filter((c) => c.max - c.min >= STRONG_DISAGREEMENT);
  return {
    reviewCount: reviews.length,
    weightedScore: round2(totals.reduce((a, b) => a + b, 0) / totals.length),
    spread: round2(Math.max(...totals) - Math.min(...totals)),
    disagreements,
  };
}

/** Statuses in which a moderator may assign experts: first review, or a re-review of a public one. */
export const ASSIGNABLE_STATUSES: readonly PracticeStatus[] = [
  'submitted',
  'in_review',
  'published',
  'recommended',
];

/**
 * The life-cycle move a decision makes from a status: 'stay' keeps a published practice
 * published (a re-review that confirms it), null means the decision is not possible now.
 */
export function decisionAction(
  decision: ReviewRecommendation,
  status: PracticeStatus,
): PracticeAction | 'stay' | null {
  const inReview = status === 'submitted' || status === 'in_review';
  switch (decision) {
    case 'recommend':
      return status === 'in_review' || status === 'published' || status === 'recommended'
        ? 'recommend'
        : null;
    case 'publish':
      if (inReview) return 'publish';
      if (status === 'recommended') return 'withdraw_recommendation';
      return status === 'published' ? 'stay' : null;
    case 'return_for_revision':
      return inReview ? 'return_for_revision' : null;
    case 'reject':
      return inReview ? 'reject' : null;
  }
}

/** Decisions open in a status, in the order the form offers them. */
export function possibleDecisions(status: PracticeStatus): ReviewRecommendation[] {
  const all: ReviewRecommendation[] = ['recommend', 'publish', 'return_for_revision', 'reject'];
  return all.filter((d) => decisionAction(d, status) !== null);
}

/** When the next review of a recommended practice is due. */
export function nextReviewDue(from: Date, months: number): Date {
  const due = new Date(from);
  due.setUTCMonth(due.getUTCMonth() + months);
  return due;
}

/** An assignment's due date (a calendar day) as the end of that day, Moscow time. */
export function dueAtOf(dueOn: string): Date {
  return new Date(`${dueOn}T23:59:59.999+03:00`);
}
