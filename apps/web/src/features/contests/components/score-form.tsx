import type { StaffEntry, StaffNomination } from '@registry/contracts/contests-staff';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { formatWeight } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useNominationAction } from '../api/staff-contests';
import { ScoreFormSchema } from '../lib/nomination-form-schemas';
import { contestMessages as m } from '../messages';

const POINTS = [1, 2, 3, 4, 5] as const;

/** An expert's score sheet for one entry: 1–5 on each criterion of the rubric, and a comment. */
export function ScoreForm({ nomination, entry }: { nomination: StaffNomination; entry: StaffEntry }) {
  const action = useNominationAction(nomination.id);
  const mine = entry.scores[0];
  const previous = new Map(mine?.scores.map((s) => [s.criterion, s.score]));
  const prefix = `score-${entry.id}`;
  const { form, summary, submit, errorOf } = useContractForm(ScoreFormSchema, {
    defaultValues: {
      scores: nomination.criteria.map((c) => {
        const point = previous.get(c.code);
        return { criterion: c.code, score: point === undefined ? null : String(point) };
      }),
      comment: mine?.comment ?? '',
    },
    // `scores.2.score` → the third criterion's fieldset.
    ids: (path) => {
      const [head, index] = path.split('.');
      if (head === 'comment') return `${prefix}-comment`;
      const criterion = head === 'scores' && index ? nomination.criteria[Number(index)] : undefined;
      return criterion ? `${prefix}-${criterion.code}` : undefined;
    },
    offline: m.offline,
  });

  const onSubmit = submit((body, failed) => {
    if (action.isPending) return;
    action.mutate({ kind: 'score', entryId: entry.id, body }, { onError: failed });
  });
  const commentError = errorOf('comment');

  return (
    <form className="score-form" onSubmit={onSubmit}>
      <ErrorSummary title={m.scoreFailed} errors={summary} />
      {nomination.criteria.map((criterion, index) => {
        const id = `${prefix}-${criterion.code}`;
        const error = errorOf(`scores.${index}`);
        return (
          <fieldset
            key={criterion.code}
            id={id}
            tabIndex={-1}
            className="score-form__criterion"
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend>
              {criterion.nameRu}{' '}
              <span className="score-form__weight">
                ({m.weight} {formatWeight(criterion.weight)})
              </span>
            </legend>
            {criterion.descriptionRu ? <p className="hint">{criterion.descriptionRu}</p> : null}
            {error ? (
              <p className="error-message" id={`${id}-error`}>
                <span className="visually-hidden">{m.errorPrefix}</span> {error}
              </p>
            ) : null}
            <div className="score-form__points">
              {POINTS.map((point) => (
                <label key={point} className="score-form__point">
                  <input type="radio" value={point} required {...form.register(`scores.${index}.score`)} />
                  {point}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <FormField id={`${prefix}-comment`} label={m.scoreComment} error={commentError}>
        <textarea
          className="input contest-textarea"
          rows={2}
          {...controlProps(`${prefix}-comment`, null, commentError)}
          {...form.register('comment')}
        />
      </FormField>
      <button type="submit" className="button" disabled={action.isPending}>
        {m.scoreSubmit}
      </button>
    </form>
  );
}
