// The local results as editable rows: name, unit, before, after, year.
import { type Control, type FieldErrors, get, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { type AdoptionFormOutput, type AdoptionFormValues, emptyResult } from '../lib/form-state';
import { adoptionMessages as m } from '../messages';

const columns = [
  ['name', m.resultName, 'input'],
  ['unit', m.resultUnit, 'input input--short'],
  ['baseline', m.resultBaseline, 'input input--short'],
  ['achieved', m.resultAchieved, 'input input--short'],
  ['year', m.resultYear, 'input input--short'],
] as const;

export function ResultsFields({
  control,
  register,
  errors,
}: {
  control: Control<AdoptionFormValues, unknown, AdoptionFormOutput>;
  register: UseFormRegister<AdoptionFormValues>;
  errors: FieldErrors<AdoptionFormValues>;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'results' });
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{m.resultsTitle}</legend>
      <p className="hint">{m.resultsHint}</p>
      {fields.map((row, index) => (
        <div key={row.id} className="adoption-result">
          {columns.map(([key, label, className]) => {
            const id = `adoption-result-${index}-${key}`;
            // An error about the whole row (results.N) shows at its name.
            const error: string | undefined =
              get(errors, `results.${index}.${key}.message`) ??
              (key === 'name' ? get(errors, `results.${index}.message`) : undefined);
            return (
              <div key={key} className={error ? 'form-group form-group--error' : 'form-group'}>
                <label className="form-label" htmlFor={id}>
                  {label}
                </label>
                {error ? (
                  <p className="error-message" id={`${id}-error`}>
                    <span className="visually-hidden">{m.errorPrefix}</span> {error}
                  </p>
                ) : null}
                <input
                  id={id}
                  className={error ? `${className} input--error` : className}
                  inputMode={key === 'name' || key === 'unit' ? undefined : 'decimal'}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  {...register(`results.${index}.${key}`)}
                />
              </div>
            );
          })}
          <button type="button" className="link-button" onClick={() => remove(index)}>
            {m.removeResult}
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => append({ ...emptyResult })}>
        {m.addResult}
      </button>
    </fieldset>
  );
}
