import { PracticeStatusSchema } from './practice-enums';
import { ReferenceCodeSchema } from './reference';
import { RegionCodeSchema } from './regions';
import { RubricCriterionSchema } from './review-setup';
import { z } from './zod';

/** What an expert recommends, and what a moderator decides, after a review. */
export const REVIEW_RECOMMENDATIONS = ['recommend', 'publish', 'return_for_revision', 'reject'] as const;
export const ReviewRecommendationSchema = z.enum(REVIEW_RECOMMENDATIONS);
export type ReviewRecommendation = z.infer<typeof ReviewRecommendationSchema>;
export const reviewRecommendationLabels: Record<ReviewRecommendation, string> = {
  recommend: 'Рекомендовать к тиражированию',
  publish: 'Опубликовать без рекомендации',
  return_for_revision: 'Вернуть на доработку',
  reject: 'Отклонить',
};

export const ASSIGNMENT_STATUSES = ['assigned', 'submitted', 'declined', 'withdrawn'] as const;
export const AssignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);
export type AssignmentStatus = z.infer<typeof AssignmentStatusSchema>;
export const assignmentStatusLabels: Record<AssignmentStatus, string> = {
  assigned: 'Ожидает оценки',
  submitted: 'Оценка отправлена',
  declined: 'Отказ эксперта',
  withdrawn: 'Снято',
};

/** Why an expert cannot review a practice (conflict of interest, or not available). */
export const CONFLICT_REASONS = [
  'own_region',
  'declared_conflict',
  'already_assigned',
  'not_expert',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** One criterion's score as given, with the name and weight of that day. */
export const CriterionScoreSchema = z.object({
  code: z.string(),
  name: z.string(),
  weight: z.number(),
  score: z.number().int().min(1).max(5),
  comment: z.string(),
});
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

/** A submitted review. */
export const ReviewSchema = z.object({
  assignmentId: z.number().int(),
  expertName: z.string(),
  submittedAt: z.iso.datetime(),
  scores: z.array(CriterionScoreSchema),
  weightedScore: z.number(),
  recommendation: ReviewRecommendationSchema,
  proposedEvidenceLevel: z.string().nullable(),
  comment: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** An assignment as its expert and the moderators see it. */
export const AssignmentSchema = z
  .object({
    id: z.number().int(),
    practiceId: z.number().int(),
    practiceTitle: z.string(),
    regionName: z.string(),
    expertId: z.number().int(),
    expertName: z.string(),
    round: z.number().int(),
    status: AssignmentStatusSchema,
    assignedAt: z.iso.datetime(),
    dueAt: z.iso.datetime(),
    overdue: z.boolean().describe('Still awaiting the review after its due date'),
    declineReason: z.string().nullable(),
    submittedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ReviewAssignment' });
export type Assignment = z.infer<typeof AssignmentSchema>;

export const AssignmentListSchema = z.object({ items: z.array(AssignmentSchema) });
export type AssignmentList = z.infer<typeof AssignmentListSchema>;

export const AssignmentParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const PracticeReviewParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/**
 * Response of GET /api/reviews/assignments/:id: what the expert scores with, their own review,
 * and the other experts' reviews only once their own is submitted (`others` is null before).
 */
export const AssignmentDetailSchema = z
  .object({
    assignment: AssignmentSchema,
    criteria: z.array(RubricCriterionSchema),
    review: ReviewSchema.nullable(),
    others: z.array(ReviewSchema).nullable(),
  })
  .meta({ id: 'ReviewAssignmentDetail' });
export type AssignmentDetail = z.infer<typeof AssignmentDetailSchema>;

/** Body of POST /api/reviews/assignments/:id/review: a score 1–5 and a comment per criterion. */
export const SubmitReviewBodySchema = z.object({
  scores: z
    .array(
      z.object({
        code: z.string().min(1).max(48),
        score: z.number().int().min(1, 'Оценка от 1 до 5').max(5, 'Оценка от 1 до 5'),
        comment: z.string().trim().max(3000).default(''),
      }),
    )
    .min(1)
    .max(30),
  recommendation: ReviewRecommendationSchema,
  proposedEvidenceLevel: ReferenceCodeSchema.nullable().default(null),
  comment: z.string().trim().max(5000).default(''),
});
export type SubmitReviewBody = z.input<typeof SubmitReviewBodySchema>;

/** Body of POST /api/reviews/assignments/:id/decline. */
export const DeclineBodySchema = z.object({
  reason: z.string().trim().min(1, 'Укажите причину отказа').max(2000),
});

/** A review round needs at least this many experts in play (assigned or having sent a review). */
export const MIN_EXPERTS_PER_REVIEW = 2;

const expertIdsSchema = z
  .array(z.number().int().positive())
  .min(1, 'Выберите эксперта')
  .max(10, 'Не больше 10 экспертов за раз')
  .refine((ids) => new Set(ids).size === ids.length, 'Каждого эксперта можно выбрать только один раз');

/**
 * Body of POST /api/reviews/practices/:id/assignments for a round that already has `inPlay`
 * experts assigned or done: together they must reach MIN_EXPERTS_PER_REVIEW. Declined and
 * withdrawn experts do not count, so one who declines is replaced; a new round starts from zero.
 * The web form and the API check the same schema.
 */
export const assignExpertsBodySchema = (inPlay: number) =>
  z.object({
    expertIds: expertIdsSchema.refine(
      (ids) => inPlay + ids.length >= MIN_EXPERTS_PER_REVIEW,
      inPlay > 0
        ? `Экспертизу проводят не меньше ${MIN_EXPERTS_PER_REVIEW} экспертов: сейчас в работе ${inPlay}, выберите ещё ${MIN_EXPERTS_PER_REVIEW - inPlay}`
        : `Выберите не меньше ${MIN_EXPERTS_PER_REVIEW} экспертов: экспертизу проводят минимум двое`,
    ),
    dueOn: z.iso.date('Укажите срок в формате ГГГГ-ММ-ДД'),
  });

/** The route's body schema: its shape; the minimum depends on the round and is checked by the service. */
export const AssignExpertsBodySchema = z.object({
  expertIds: expertIdsSchema,
  dueOn: z.iso.date('Укажите срок в формате ГГГГ-ММ-ДД'),
});
export type AssignExpertsBody = z.input<typeof AssignExpertsBodySchema>;

/** Score aggregation of one round: weighted score, spread and strong disagreements. */
export const ReviewAggregateSchema = z.object({
  reviewCount: z.number().int(),
  weightedScore: z.number().nullable().describe('Mean of the reviews’ weighted scores (1–5)'),
  spread: z.number().nullable().describe('Highest minus lowest weighted score'),
  disagreements: z
    .array(z.object({ code: z.string(), name: z.string(), min: z.number(), max: z.number() }))
    .describe('Criteria on which experts differ by 3 points or more'),
});
export type ReviewAggregate = z.infer<typeof ReviewAggregateSchema>;

/** Response of GET /api/reviews/practices/:id: the moderator's review board of a practice. */
export const ReviewBoardSchema = z
  .object({
    practice: z.object({
      id: z.number().int(),
      title: z.string(),
      status: PracticeStatusSchema,
      revision: z.number().int(),
      regionCode: RegionCodeSchema,
      regionName: z.string(),
      organisationName: z.string(),
      evidenceLevel: z.string().nullable(),
      recommendationText: z.string().nullable(),
      lastReviewedAt: z.iso.datetime().nullable(),
      nextReviewDueAt: z.iso.datetime().nullable(),
      reReviewRequestedAt: z.iso.datetime().nullable(),
    }),
    round: z.number().int().describe('The round shown: the latest one'),
    roundOpen: z.boolean().describe('New assignments join the shown round (false: they start the next one)'),
    expertsInPlay: z
      .number()
      .int()
      .describe('Experts assigned or done in the round new assignments join (declined ones do not count)'),
    canAssign: z.boolean(),
    assignments: z.array(AssignmentSchema),
    reviews: z.array(ReviewSchema),
    aggregate: ReviewAggregateSchema,
    decisions: z.array(ReviewRecommendationSchema).describe('Decisions possible in the current status'),
  })
  .meta({ id: 'ReviewBoard' });
export type ReviewBoard = z.infer<typeof ReviewBoardSchema>;

/** Body of POST /api/reviews/practices/:id/decision. */
export const DecisionBodySchema = z
  .object({
    decision: ReviewRecommendationSchema,
    revision: z.number().int().min(1),
    justification: z.string().trim().max(2000).default(''),
    evidenceLevel: ReferenceCodeSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const needsText = body.decision !== 'publish';
    if (needsText && body.justification.length < 10)
      ctx.addIssue({
        code: 'custom',
        path: ['justification'],
        message:
          body.decision === 'recommend'
            ? 'Напишите публичное обоснование рекомендации (не короче 10 символов)'
            : 'Напишите причину для региона (не короче 10 символов)',
      });
    if (body.decision === 'recommend' && !body.evidenceLevel)
      ctx.addIssue({ code: 'custom', path: ['evidenceLevel'], message: 'Укажите уровень доказанности' });
  });
export type DecisionBody = z.input<typeof DecisionBodySchema>;

/** Overview for moderators: open assignments (overdue first) and practices due for re-review. */
export const ReviewOverviewSchema = z
  .object({
    assignments: z.array(AssignmentSchema),
    dueForReReview: z.array(
      z.object({
        practiceId: z.number().int(),
        title: z.string(),
        regionName: z.string(),
        nextReviewDueAt: z.iso.datetime().nullable(),
        reReviewRequestedAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .meta({ id: 'ReviewOverview' });
export type ReviewOverview = z.infer<typeof ReviewOverviewSchema>;

/** Public review outcome on a passport. */
export const PublicReviewSchema = z.object({
  recommendationText: z.string().nullable(),
  recommendedAt: z.iso.datetime().nullable(),
  lastReviewedAt: z.iso.datetime().nullable(),
  nextReviewDueAt: z.iso.datetime().nullable(),
});
export type PublicReview = z.infer<typeof PublicReviewSchema>;
