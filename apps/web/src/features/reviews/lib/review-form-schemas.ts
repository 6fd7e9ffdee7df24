// What the reviews forms send: their inputs read into the contracts' bodies, so the forms refuse
// what the API would refuse, in its words (or the form's own, where it always had them), before
// anything is sent.
import {
  type CreateConflictBody,
  CreateConflictBodySchema,
  type RubricCriterion,
  type UpdateRubricBody,
  UpdateRubricBodySchema,
} from '@registry/contracts/review-setup';
import {
  assignExpertsBodySchema,
  type DecisionBody,
  DecisionBodySchema,
  DeclineBodySchema,
  ReviewRecommendationSchema,
  type SubmitReviewBody,
  SubmitReviewBodySchema,
} from '@registry/contracts/reviews';
import { z } from 'zod';
import { reviewMessages as m } from '../messages';

/** Declining an assignment: the reason, trimmed («Укажите причину отказа» when empty). */
export const DeclineFormSchema = z.object({ reason: z.string() }).pipe(DeclineBodySchema);

/**
 * Assigning experts to a round with `inPlay` experts already assigned or done: the experts
 * chosen and the due day, «Укажите срок» when empty.
 */
export function assignFormSchema(inPlay: number) {
  const body = assignExpertsBodySchema(inPlay);
  return body.extend({ dueOn: z.string().min(1, m.dueRequired).pipe(body.shape.dueOn) });
}

/** The moderator's decision on the practice at `revision`; an evidence level only to recommend. */
export function decisionFormSchema(revision: number) {
  return z
    .object({
      decision: z.union([z.literal(''), ReviewRecommendationSchema]),
      justification: z.string(),
      evidenceLevel: z.string(),
    })
    .transform(({ decision, justification, evidenceLevel }, ctx): DecisionBody => {
      if (!decision) {
        ctx.issues.push({ code: 'custom', path: ['decision'], message: m.decisionRequired, input: decision });
        return z.NEVER;
      }
      return {
        decision,
        revision,
        justification,
        ...(decision === 'recommend' && evidenceLevel ? { evidenceLevel } : {}),
      };
    })
    .pipe(DecisionBodySchema);
}

/** The expert's review of `criteria`: a score (null until chosen) and comment for each, in order. */
export function reviewFormSchema(criteria: RubricCriterion[]) {
  return z
    .object({
      scores: z.array(z.object({ code: z.string(), score: z.number().nullable(), comment: z.string() })),
      recommendation: z.union([z.literal(''), ReviewRecommendationSchema]),
      proposedEvidenceLevel: z.string(),
      comment: z.string(),
    })
    .transform(({ scores, recommendation, proposedEvidenceLevel, comment }, ctx): SubmitReviewBody => {
      scores.forEach(({ score }, index) => {
        const name = criteria[index]?.nameRu ?? '';
        if (score === null)
          ctx.issues.push({
            code: 'custom',
            path: ['scores', index],
            message: m.scoreRequired(name),
            input: score,
          });
      });
      if (!recommendation)
        ctx.issues.push({
          code: 'custom',
          path: ['recommendation'],
          message: m.recommendationRequired,
          input: recommendation,
        });
      if (!recommendation || ctx.issues.length > 0) return z.NEVER;
      return {
        // Every score is set here (a missing one returned above).
        scores: scores.map(({ code, score, comment: note }) => ({ code, score: score ?? 0, comment: note })),
        recommendation,
        proposedEvidenceLevel: proposedEvidenceLevel || null,
        comment,
      };
    })
    .pipe(SubmitReviewBodySchema);
}

/** The control a review's field path is about (`scores.1.score` → the second criterion's radios). */
export function reviewFieldId(criteria: RubricCriterion[]) {
  return (path: string): string | undefined => {
    const [head, index] = path.split('.');
    if (head === 'scores') return index ? `score-${criteria[Number(index)]?.code}` : undefined;
    if (head === 'recommendation') return 'recommendation-recommend';
    if (head === 'proposedEvidenceLevel') return 'proposed-evidence';
    if (head === 'comment') return 'review-comment';
    return undefined;
  };
}

/** An organisation the expert declares a conflict of interest with, and a note. */
export const ConflictFormSchema = z
  .object({ organisationName: z.string(), note: z.string() })
  .transform((values): CreateConflictBody => values)
  .pipe(CreateConflictBodySchema);

/**
 * The rubric's criteria as typed. A weight is a number input's text: empty (or not a number)
 * is 0, which the contract's range refuses in its words, as the API did.
 */
export const RubricFormSchema = z
  .object({
    criteria: z.array(
      z.object({
        id: z.number(),
        nameRu: z.string(),
        descriptionRu: z.string(),
        weight: z.string(),
        active: z.boolean(),
      }),
    ),
  })
  .transform(
    ({ criteria }): UpdateRubricBody => ({
      criteria: criteria.map(({ weight, ...rest }) => ({ ...rest, weight: Number(weight) })),
    }),
  )
  .pipe(UpdateRubricBodySchema);

/** The control a rubric's field path is about (`criteria.1.weight` → the second row's weight). */
export function rubricFieldId(criteria: { id: number }[]) {
  const controls: Record<string, string> = {
    nameRu: 'name',
    descriptionRu: 'description',
    weight: 'weight',
    active: 'active',
  };
  return (path: string): string | undefined => {
    const [head, index, field] = path.split('.');
    const row = head === 'criteria' && index ? criteria[Number(index)] : undefined;
    const control = field ? controls[field] : undefined;
    return row && control ? `${control}-${row.id}` : undefined;
  };
}
