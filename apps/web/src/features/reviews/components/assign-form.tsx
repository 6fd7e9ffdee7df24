// Assigning experts to a practice: experts with a conflict of interest are shown with the reason
// and cannot be chosen; the API's refusals are listed in its own words.
import { assignExpertsBodySchema } from '@registry/contracts/reviews';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary';
import { problemErrors } from '../../../lib/form-errors';
import { useAssignExperts, useExperts } from '../api/board';
import { isoDayFromNow } from '../lib/iso-day';
import { reviewMessages as m } from '../messages';

/**
 * `expertsInPlay`: experts of the round already assigned or done; the same zod schema as the API's
 * says how many more are needed (two in all; one who declined is replaced).
 */
export function AssignForm({
  practiceId,
  another,
  expertsInPlay,
}: {
  practiceId: number;
  another: boolean;
  expertsInPlay: number;
}) {
  const { data } = useExperts(practiceId);
  const assign = useAssignExperts(practiceId);
  const [chosen, setChosen] = useState<number[]>([]);
  const [dueOn, setDueOn] = useState(isoDayFromNow(14));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [done, setDone] = useState(false);
  const first = data.items[0];

  const toggle = (id: number) =>
    setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const checked = assignExpertsBodySchema(expertsInPlay).safeParse({ expertIds: chosen, dueOn });
    const found: SummaryError[] = checked.success
      ? []
      : checked.error.issues.map((issue) =>
          issue.path[0] === 'dueOn'
            ? { fieldId: 'assign-due', message: dueOn ? issue.message : m.dueRequired }
            : { fieldId: `expert-${first?.id ?? 0}`, message: issue.message },
        );
    setErrors(found);
    if (found.length) return;
    assign.mutate(
      { expertIds: chosen, dueOn },
      {
        onSuccess: () => {
          setChosen([]);
          setDone(true);
        },
        onError: (error) => setErrors(problemErrors(error, { dueOn: 'assign-due' }, m.offline).summary),
      },
    );
  };

  return (
    <form className="assign-form" onSubmit={onSubmit} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{another ? m.assignAnother : m.assignTitle}</h3>
      {done ? (
        <p className="notice notice--success" role="status">
          {m.assigned}
        </p>
      ) : null}
      <ErrorSummary title={m.assignFailed} errors={errors} />
      <fieldset className="form-group">
        <legend className="score-fieldset__legend">{m.expertsLegend}</legend>
        <p className="hint">{m.expertsHint}</p>
        {expertsInPlay > 0 ? <p className="hint">{m.expertsInPlay(expertsInPlay)}</p> : null}
        {data.items.map((expert) => (
          <div className="checkbox expert-option" key={expert.id}>
            <input
              className="checkbox__input"
              type="checkbox"
              id={`expert-${expert.id}`}
              checked={chosen.includes(expert.id)}
              disabled={expert.refusal !== null}
              aria-describedby={expert.refusal ? `expert-${expert.id}-why` : undefined}
              onChange={() => toggle(expert.id)}
            />
            <label className="checkbox__label" htmlFor={`expert-${expert.id}`}>
              {expert.name}
              {expert.region ? <span className="muted"> · {expert.region.nameRu}</span> : null}
              {expert.refusal ? (
                <span className="expert-option__why" id={`expert-${expert.id}-why`}>
                  {expert.refusal}
                </span>
              ) : expert.conflicts.length > 0 ? (
                <span className="expert-option__note">{m.conflictsOf(expert.conflicts)}</span>
              ) : null}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="assign-due">
          {m.dueLabel}
        </label>
        <input
          id="assign-due"
          type="date"
          className="input input--short-date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={assign.isPending}>
        {m.assign}
      </button>
    </form>
  );
}
