// Moderators edit the rubric for future reviews: names, explanations, weights, use.
import { type FormEvent, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '../../../components/error-summary';
import { controlProps, FormField } from '../../../components/form-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useRubric, useUpdateRubric } from '../api/setup';
import { RubricFormSchema, rubricFieldId } from '../lib/review-form-schemas';
import { reviewMessages as m } from '../messages';

export function RubricEditor() {
  const { data } = useRubric();
  const update = useUpdateRubric();
  // The rows as first shown: the form's fields, in this order, for as long as it is open.
  const [rows] = useState(data.criteria);
  const ids = useMemo(() => rubricFieldId(rows), [rows]);
  const { form, summary, submit, errorOf } = useContractForm(RubricFormSchema, {
    defaultValues: {
      criteria: rows.map(({ id, nameRu, descriptionRu, weight, active }) => ({
        id,
        nameRu,
        descriptionRu,
        weight: String(weight),
        active,
      })),
    },
    ids,
    offline: m.offline,
  });
  // Each row's legend follows its name as it is typed.
  const names = useWatch({ control: form.control, name: 'criteria' });
  const [done, setDone] = useState(false);
  const send = submit((body, failed) =>
    update.mutate(body, { onSuccess: () => setDone(true), onError: failed }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setDone(false);
    return send(event);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      {done ? (
        <p className="notice notice--success" role="status">
          {m.rubricSaved}
        </p>
      ) : null}
      <ErrorSummary title={m.failed} errors={summary} />
      {rows.map((c, index) => {
        const nameError = errorOf(`criteria.${index}.nameRu`);
        const descriptionError = errorOf(`criteria.${index}.descriptionRu`);
        const weightError = errorOf(`criteria.${index}.weight`);
        return (
          <fieldset key={c.id} className="rubric-row">
            <legend className="score-fieldset__legend">{names[index]?.nameRu || c.code}</legend>
            <FormField id={`name-${c.id}`} label={m.nameLabel} error={nameError}>
              <input
                className={nameError ? 'input input--wide input--error' : 'input input--wide'}
                {...controlProps(`name-${c.id}`, null, nameError)}
                {...form.register(`criteria.${index}.nameRu`)}
              />
            </FormField>
            <FormField id={`description-${c.id}`} label={m.descriptionLabel} error={descriptionError}>
              <textarea
                className={descriptionError ? 'textarea input--error' : 'textarea'}
                rows={2}
                {...controlProps(`description-${c.id}`, null, descriptionError)}
                {...form.register(`criteria.${index}.descriptionRu`)}
              />
            </FormField>
            <div className="rubric-row__inline">
              <FormField id={`weight-${c.id}`} label={m.weightLabel} error={weightError}>
                <input
                  type="number"
                  min={0.1}
                  max={10}
                  step={0.1}
                  className={weightError ? 'input input--short input--error' : 'input input--short'}
                  {...controlProps(`weight-${c.id}`, null, weightError)}
                  {...form.register(`criteria.${index}.weight`)}
                />
              </FormField>
              <div className="checkbox">
                <input
                  id={`active-${c.id}`}
                  type="checkbox"
                  className="checkbox__input"
                  {...form.register(`criteria.${index}.active`)}
                />
                <label className="checkbox__label" htmlFor={`active-${c.id}`}>
                  {m.activeLabel}
                </label>
              </div>
            </div>
          </fieldset>
        );
      })}
      <button type="submit" className="button" disabled={update.isPending}>
        {m.saveRubric}
      </button>
    </form>
  );
}
