// Moderators edit the rubric for future reviews: names, explanations, weights, use.
import type { RubricCriterion } from '@registry/contracts/review-setup';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { useRubric, useUpdateRubric } from '../api/setup';
import { reviewMessages as m } from '../messages';

export function RubricEditor() {
  const { data } = useRubric();
  const update = useUpdateRubric();
  const [rows, setRows] = useState<RubricCriterion[]>(data.criteria);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [done, setDone] = useState(false);
  const change = (id: number, patch: Partial<RubricCriterion>) =>
    setRows((list) => list.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setErrors([]);
    update.mutate(
      {
        criteria: rows.map(({ id, nameRu, descriptionRu, weight, active }) => ({
          id,
          nameRu,
          descriptionRu,
          weight,
          active,
        })),
      },
      {
        onSuccess: () => setDone(true),
        onError: (error) => setErrors(problemErrors(error, {}, m.offline).summary),
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {done ? (
        <p className="notice notice--success" role="status">
          {m.rubricSaved}
        </p>
      ) : null}
      <ErrorSummary title={m.failed} errors={errors} />
      {rows.map((c) => (
        <fieldset key={c.id} className="rubric-row">
          <legend className="score-fieldset__legend">{c.nameRu || c.code}</legend>
          <div className="form-group">
            <label className="form-label" htmlFor={`name-${c.id}`}>
              {m.nameLabel}
            </label>
            <input
              id={`name-${c.id}`}
              className="input input--wide"
              value={c.nameRu}
              onChange={(e) => change(c.id, { nameRu: e.target.value })}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`description-${c.id}`}>
              {m.descriptionLabel}
            </label>
            <textarea
              id={`description-${c.id}`}
              className="textarea"
              rows={2}
              value={c.descriptionRu}
              onChange={(e) => change(c.id, { descriptionRu: e.target.value })}
            />
          </div>
          <div className="rubric-row__inline">
            <div className="form-group">
              <label className="form-label" htmlFor={`weight-${c.id}`}>
                {m.weightLabel}
              </label>
              <input
                id={`weight-${c.id}`}
                type="number"
                min={0.1}
                max={10}
                step={0.1}
                className="input input--short"
                value={c.weight}
                onChange={(e) => change(c.id, { weight: Number(e.target.value) })}
              />
            </div>
            <div className="checkbox">
              <input
                id={`active-${c.id}`}
                type="checkbox"
                className="checkbox__input"
                checked={c.active}
                onChange={(e) => change(c.id, { active: e.target.checked })}
              />
              <label className="checkbox__label" htmlFor={`active-${c.id}`}>
                {m.activeLabel}
              </label>
            </div>
          </div>
        </fieldset>
      ))}
      <button type="submit" className="button" disabled={update.isPending}>
        {m.saveRubric}
      </button>
    </form>
  );
}
