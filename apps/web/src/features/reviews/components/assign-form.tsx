// Assigning experts to a practice: experts with a conflict of interest are shown with the reason
// and cannot be chosen; the API's refusals are listed in its own words.
import { type FormEvent, useMemo, useState } from 'react';
import { useController } from 'react-hook-form';
import { ErrorSummary } from '../../../components/error-summary';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAssignExperts, useExperts } from '../api/board';
import { isoDayFromNow } from '../lib/iso-day';
import { assignFormSchema } from '../lib/review-form-schemas';
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
  const [done, setDone] = useState(false);
  const first = data.items[0];
  const schema = useMemo(() => assignFormSchema(expertsInPlay), [expertsInPlay]);
  const { form, summary, submit } = useContractForm(schema, {
    defaultValues: { expertIds: [], dueOn: isoDayFromNow(14) },
    // A choice of experts that falls short is shown at the first expert's box.
    ids: { expertIds: `expert-${first?.id ?? 0}`, dueOn: 'assign-due' },
    offline: m.offline,
  });

  // The boxes stay controlled: their state is the list of chosen ids.
  const { field: chosen } = useController({ control: form.control, name: 'expertIds' });
  const toggle = (id: number) =>
    chosen.onChange(chosen.value.includes(id) ? chosen.value.filter((x) => x !== id) : [...chosen.value, id]);

  const send = submit((body, failed) =>
    assign.mutate(body, {
      onSuccess: () => {
        form.setValue('expertIds', []);
        setDone(true);
      },
      onError: failed,
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setDone(false);
    return send(event);
  };

  return (
    <form className="assign-form" onSubmit={onSubmit} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{another ? m.assignAnother : m.assignTitle}</h3>
      {done ? (
        <p className="notice notice--success" role="status">
          {m.assigned}
        </p>
      ) : null}
      <ErrorSummary title={m.assignFailed} errors={summary} />
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
              checked={chosen.value.includes(expert.id)}
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
        <input id="assign-due" type="date" className="input input--short-date" {...form.register('dueOn')} />
      </div>
      <button type="submit" className="button" disabled={assign.isPending}>
        {m.assign}
      </button>
    </form>
  );
}
