// What the nomination's small forms send: their inputs read into the contracts' bodies, so the
// forms refuse what the API would refuse, in its words, before anything is sent.
import {
  AwardBodySchema,
  EntryBodySchema,
  ExpertParamsSchema,
  type ScoreBody,
  ScoreBodySchema,
} from '@registry/contracts/contests-staff';
import { z } from 'zod';

/** An expert's score sheet: the point chosen on each criterion (null until one is), a comment. */
export const ScoreFormSchema = z
  .object({
    scores: z.array(z.object({ criterion: z.string(), score: z.string().nullable() })),
    comment: z.string(),
  })
  .transform(
    ({ scores, comment }): ScoreBody => ({
      // No point is 0, which the contract refuses (the radios are required: a browser asks first).
      scores: scores.map(({ criterion, score }) => ({ criterion, score: Number(score ?? 0) })),
      comment,
    }),
  )
  .pipe(ScoreBodySchema);

/** A coordinator's entry: the practice chosen in the list. */
export const EnterFormSchema = z
  .object({ practiceId: z.string() })
  .transform(({ practiceId }) => ({ practiceId: Number(practiceId) }))
  .pipe(EntryBodySchema);

/** A moderator's choice of an expert to add (the id goes in the address, as the API reads it). */
const ExpertIdSchema = ExpertParamsSchema.pick({ expertId: true });
export const AssignExpertFormSchema = z
  .object({ expertId: z.string() })
  .transform((values): z.input<typeof ExpertIdSchema> => values)
  .pipe(ExpertIdSchema);

/**
 * The reason for correcting a published award. An empty one is the API's to refuse: only it
 * knows whether the results are published, and so whether the change is a correction.
 */
const ReasonSchema = AwardBodySchema.pick({ reason: true });
export const CorrectionFormSchema = z
  .object({ reason: z.string() })
  .transform((values): z.input<typeof ReasonSchema> => values)
  .pipe(ReasonSchema);

/**
 * The choice a list of options keeps once the nomination changed: the one chosen while it is
 * still offered, else the first (as the browser shows it), "" when none is left.
 */
export function stillOffered(chosen: string, options: { id: number }[]): string {
  const ids = options.map((option) => String(option.id));
  return ids.includes(chosen) ? chosen : (ids[0] ?? '');
}
