import type { StaffEntry, StaffNomination } from '@registry/contracts/contests-staff';
import { type FormEvent, useMemo } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { noFormErrors, problemErrors } from '../../../lib/form-errors';
import { formatWeight } from '../../../lib/format';
import { useNominationAction } from '../api/staff-contests';
import { contestMessages as m } from '../messages';

const POINTS = [1, 2, 3, 4, 5] as const;

/** An expert's score sheet for one entry: 1–5 on each criterion of the rubric, and a comment. */
export function ScoreForm({ nomination, entry }: { nomination: StaffNomination; entry: StaffEntry }) {
  const action = useNominationAction(nomination.id);
  const errors = useMemo(
    () => (action.error ? problemErrors(action.error, {}, m.offline) : noFormErrors),
    [action.error],
  );
  const mine = entry.scores[0];
  const previous = new Map(mine?.scores.map((s) => [s.criterion, s.score]));
  const prefix = `score-${entry.id}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.isPending) return;
    const form = new FormData(event.currentTarget);
    action.mutate({
      kind: 'score',
      entryId: entry.id,
      body: {
        scores: nomination.criteria.map((c) => ({ criterion: c.code, score: Number(form.get(c.code) ?? 0) })),
        comment: String(form.get('comment') ?? '').trim(),
      },
    });
  };

  return (
    <form className="score-form" onSubmit={submit}>
      <ErrorSummary title={m.scoreFailed} errors={errors.summary} />
      {nomination.criteria.map((criterion) => (
        <fieldset key={criterion.code} className="score-form__criterion">
          <legend>
            {criterion.nameRu}{' '}
            <span className="score-form__weight">
              ({m.weight} {formatWeight(criterion.weight)})
            </span>
          </legend>
          {criterion.descriptionRu ? <p className="hint">{criterion.descriptionRu}</p> : null}
          <div className="score-form__points">
            {POINTS.map((point) => (
              <label key={point} className="score-form__point">
                <input
                  type="radio"
                  name={criterion.code}
                  value={point}
                  required
                  defaultChecked={previous.get(criterion.code) === point}
                />
                {point}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="form-group">
        <label className="form-label" htmlFor={`${prefix}-comment`}>
          {m.scoreComment}
        </label>
        <textarea
          id={`${prefix}-comment`}
          name="comment"
          className="input contest-textarea"
          rows={2}
          defaultValue={mine?.comment}
        />
      </div>
      <button type="submit" className="button" disabled={action.isPending}>
        {m.scoreSubmit}
      </button>
    </form>
  );
}
