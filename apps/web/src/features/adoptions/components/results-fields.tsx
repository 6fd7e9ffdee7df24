// The local results as editable rows: name, unit, before, after, year.
import type { ResultRow } from '../lib/form-state';
import { adoptionMessages as m } from '../messages';

const empty: ResultRow = { name: '', unit: '', baseline: '', achieved: '', year: '' };
const columns = [
  ['name', m.resultName, 'input'],
  ['unit', m.resultUnit, 'input input--short'],
  ['baseline', m.resultBaseline, 'input input--short'],
  ['achieved', m.resultAchieved, 'input input--short'],
  ['year', m.resultYear, 'input input--short'],
] as const;

export function ResultsFields({
  rows,
  errors,
  onChange,
}: {
  rows: ResultRow[];
  errors: Record<string, string>;
  onChange: (rows: ResultRow[]) => void;
}) {
  const set = (index: number, key: keyof ResultRow, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{m.resultsTitle}</legend>
      <p className="hint">{m.resultsHint}</p>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
        <div key={index} className="adoption-result">
          {columns.map(([key, label, className]) => {
            const id = `adoption-result-${index}-${key}`;
            const error = errors[id];
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
                  value={row[key]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => set(index, key, event.target.value)}
                />
              </div>
            );
          })}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {m.removeResult}
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => onChange([...rows, empty])}>
        {m.addResult}
      </button>
    </fieldset>
  );
}
