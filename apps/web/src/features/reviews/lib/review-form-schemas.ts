// What the reviews forms send: their inputs read into the contracts' bodies, so the forms refuse
// what the API would refuse, in its words (or the form's own, where it always had them), before
// anything is sent.
import {
  assignExpertsBodySchema,
  type DecisionBody,
  DecisionBodySchema,
  DeclineBodySchema,
  ReviewRecommendationSchema,
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
