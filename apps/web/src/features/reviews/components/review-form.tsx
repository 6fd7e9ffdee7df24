// The expert's rubric form: a 1–5 score and comment per criterion, a recommendation, a proposed
// evidence level and a conclusion.
import type { RubricCriterion } from '@registry/contracts/review-setup';
import { REVIEW_RECOMMENDATIONS, reviewRecommendationLabels } from '@registry/contracts/reviews';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { Choice, ChoiceFieldset } from '../../../components/choice';
import { ErrorSummary } from '../../../components/error-summary';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSubmitReview } from '../api/assignments';
import { useEvidenceLevels } from '../api/setup';
import { reviewFieldId, reviewFormSchema } from '../lib/review-form-schemas';
import { reviewMessages as m } from '../messages';
import { ScoreFieldset } from './score-fieldset';

export function ReviewForm({
  assignmentId,
  criteria,
}: {
  assignmentId: number;
  criteria: RubricCriterion[];
}) {
  const submit = useSubmitReview(assignmentId);
  const { data: levels } = useEvidenceLevels();
  const schema = useMemo(() => reviewFormSchema(criteria), [criteria]);
  const {
    form,
    summary,
    submit: check,
    errorOf,
  } = useContractForm(schema, {
    defaultValues: {
      scores: criteria.map((c) => ({ code: c.code, score: null, comment: '' })),
      recommendation: '',
      proposedEvidenceLevel: '',
      comment: '',
    },
    ids: reviewFieldId(criteria),
    offline: m.offline,
  });
  // Radios and score scales stay controlled (components/choice, ScoreFieldset).
  const { field: scores } = useController({ control: form.control, name: 'scores' });
  const { field: recommendation } = useController({ control: form.control, name: 'recommendation' });
  const onSubmit = check((body, failed) => submit.mutate(body, { onError: failed }));

  return (
    <form className="review-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary title={m.reviewFailed} errors={summary} />
      <p className="hint">{m.rubricHint}</p>
      {criteria.map((c, index) => (
        <ScoreFieldset
          key={c.code}
          criterion={c}
          score={scores.value[index]?.score ?? undefined}
          comment={scores.value[index]?.comment ?? ''}
          error={errorOf(`scores.${index}`)}
          onChange={(change) =>
            scores.onChange(scores.value.map((row, i) => (i === index ? { ...row, ...change } : row)))
          }
        />
      ))}
      <ChoiceFieldset id="recommendation" legend={m.recommendationLegend} error={errorOf('recommendation')}>
        {REVIEW_RECOMMENDATIONS.map((value) => (
          <Choice
            key={value}
            id={`recommendation-${value}`}
            type="radio"
            name="recommendation"
            label={reviewRecommendationLabels[value]}
            checked={recommendation.value === value}
            onChange={() => recommendation.onChange(value)}
          />
        ))}
      </ChoiceFieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="proposed-evidence">
          {m.evidenceLabel}
        </label>
        <select id="proposed-evidence" className="select" {...form.register('proposedEvidenceLevel')}>
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
        <textarea id="review-comment" className="textarea" rows={4} {...form.register('comment')} />
      </div>
      <button type="submit" className="button" disabled={submit.isPending}>
        {submit.isPending ? m.sending : m.submitReview}
      </button>
    </form>
  );
}
