// The expert's rubric form: a 1–5 score and comment per criterion, a recommendation, a proposed
// evidence level and a conclusion.
import type { RubricCriterion } from '@registry/contracts/review-setup';
import {
  REVIEW_RECOMMENDATIONS,
  type ReviewRecommendation,
  reviewRecommendationLabels,
} from '@registry/contracts/reviews';
import { type FormEvent, useState } from 'react';
import { Choice, ChoiceFieldset } from '../../../components/choice';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-error';
import { useSubmitReview } from '../api/assignments';
import { useEvidenceLevels } from '../api/setup';
import { reviewMessages as m } from '../messages';
import { ScoreFieldset } from './score-fieldset';

type Scores = Record<string, { score?: number; comment: string }>;

export function ReviewForm({
  assignmentId,
  criteria,
}: {
  assignmentId: number;
  criteria: RubricCriterion[];
}) {
  const submit = useSubmitReview(assignmentId);
  const { data: levels } = useEvidenceLevels();
  const [scores, setScores] = useState<Scores>({});
  const [recommendation, setRecommendation] = useState<ReviewRecommendation | null>(null);
  const [evidence, setEvidence] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);

  const fieldError = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = criteria
      .filter((c) => scores[c.code]?.score === undefined)
      .map((c) => ({ fieldId: `score-${c.code}`, message: m.scoreRequired(c.nameRu) }));
    if (!recommendation)
      found.push({ fieldId: 'recommendation-recommend', message: m.recommendationRequired });
    setErrors(found);
    if (found.length || !recommendation) return;
    submit.mutate(
      {
        scores: criteria.map((c) => ({
          code: c.code,
          score: scores[c.code]?.score as number,
          comment: scores[c.code]?.comment ?? '',
        })),
        recommendation,
        proposedEvidenceLevel: evidence || null,
        comment,
      },
      {
        onError: (error) =>
          setErrors([
            { message: error instanceof ApiError ? (error.problem.detail ?? error.message) : m.offline },
          ]),
      },
    );
  };

  return (
    <form className="review-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary title={m.reviewFailed} errors={errors} />
      <p className="hint">{m.rubricHint}</p>
      {criteria.map((c) => (
        <ScoreFieldset
          key={c.code}
          criterion={c}
          score={scores[c.code]?.score}
          comment={scores[c.code]?.comment ?? ''}
          error={fieldError(`score-${c.code}`)}
          onChange={(change) =>
            setScores((s) => ({ ...s, [c.code]: { comment: '', ...s[c.code], ...change } }))
          }
        />
      ))}
      <ChoiceFieldset
        id="recommendation"
        legend={m.recommendationLegend}
        error={fieldError('recommendation-recommend')}
      >
        {REVIEW_RECOMMENDATIONS.map((value) => (
          <Choice
            key={value}
            id={`recommendation-${value}`}
            type="radio"
            name="recommendation"
            label={reviewRecommendationLabels[value]}
            checked={recommendation === value}
            onChange={() => setRecommendation(value)}
          />
        ))}
      </ChoiceFieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="proposed-evidence">
          {m.evidenceLabel}
        </label>
        <select
          id="proposed-evidence"
          className="select"
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
        >
          <option value="">{m.evidenceNone}</option>
          {levels.items.map((level) => (
            <option key={level.code} value={level.code}>
              {level.nameRu}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="review-comment">
          {m.overallComment}
        </label>
        <textarea
          id="review-comment"
          className="textarea"
          rows={4}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={submit.isPending}>
        {submit.isPending ? m.sending : m.submitReview}
      </button>
    </form>
  );
}
