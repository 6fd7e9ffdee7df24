import type { RubricCriterion } from '@registry/contracts/review-setup';
import { reviewMessages as m } from '../messages';

interface ScoreFieldsetProps {
  criterion: RubricCriterion;
  score: number | undefined;
  comment: string;
  error?: string | undefined;
  onChange: (value: { score?: number; comment?: string }) => void;
}

/** One rubric criterion: five radios (1–5) and a comment. */
export function ScoreFieldset({ criterion: c, score, comment, error, onChange }: ScoreFieldsetProps) {
  const id = `score-${c.code}`;
  return (
    <fieldset className={error ? 'score-fieldset form-group form-group--error' : 'score-fieldset form-group'}>
      <legend className="score-fieldset__legend">{c.nameRu}</legend>
      {c.descriptionRu ? <p className="hint">{c.descriptionRu}</p> : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{m.errorPrefix}</span> {error}
        </p>
      ) : null}
      <div className="score-scale" role="radiogroup" aria-label={m.scoreLegend(c.nameRu)}>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value} className="score-scale__option">
            <input
              type="radio"
              id={value === 1 ? id : undefined}
              name={id}
              value={value}
              checked={score === value}
              onChange={() => onChange({ score: value })}
            />
            <span>{value}</span>
          </label>
        ))}
      </div>
      <label className="form-label form-label--small" htmlFor={`${id}-comment`}>
        {m.criterionComment}
      </label>
      <textarea
        id={`${id}-comment`}
        className="textarea"
        rows={2}
        value={comment}
        onChange={(event) => onChange({ comment: event.target.value })}
      />
    </fieldset>
  );
}
