// A passport list the editor grows and shrinks row by row (indicators, contacts, links): one
// fieldset with the list's error, a card per row with its own remove button, and an add button.
import type { ReactNode } from 'react';
import { submissionMessages as m } from '../../messages';

interface RowListProps<T> {
  /** The field's anchor: the error summary links to it. */
  id: string;
  legend: string;
  error?: string | undefined;
  rows: readonly T[];
  empty: T;
  onChange: (rows: T[]) => void;
  rowLegend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  /** The row's inputs; `update` merges a change into that row. */
  renderRow: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}

export function RowList<T>({
  id,
  legend,
  error,
  rows,
  empty,
  onChange,
  rowLegend,
  removeLabel,
  addLabel,
  renderRow,
}: RowListProps<T>) {
  const update = (index: number, patch: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'fieldset form-group form-group--error' : 'fieldset form-group'}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {error ? (
        <p className="error-message">
          <span className="visually-hidden">{m.errorPrefix}</span> {error}
        </p>
      ) : null}
      {rows.map((row, index) => (
        // Rows have no id of their own; their position is what the API knows them by.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <fieldset key={index} className="row-card fieldset">
          <legend className="row-card__legend">{rowLegend(index + 1)}</legend>
          {renderRow(row, index, (patch) => update(index, patch))}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {removeLabel(index + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button--secondary" onClick={() => onChange([...rows, empty])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
