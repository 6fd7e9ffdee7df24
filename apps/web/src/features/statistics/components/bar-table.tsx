// A bar chart that is also its data table: each row has its label, its figures and a bar drawn
// with CSS, hidden from screen readers (the numbers are read instead). Nothing to hover, nothing
// hidden from keyboard users, and it prints.
import type { ReactNode } from 'react';
import { formatCount } from '../../../lib/format';

export interface BarColumn {
  label: string;
  /** The figure of the bar's column; other columns are shown as plain numbers. */
  bar?: boolean;
}

export interface BarRow {
  key: string;
  label: ReactNode;
  values: number[];
}

export function BarTable({
  caption,
  labelHeader,
  columns,
  rows,
}: {
  caption: string;
  labelHeader: string;
  columns: BarColumn[];
  rows: BarRow[];
}) {
  const barIndex = Math.max(
    0,
    columns.findIndex((c) => c.bar),
  );
  const max = Math.max(1, ...rows.map((row) => row.values[barIndex] ?? 0));
  return (
    <table className="table bar-table">
      <caption className="table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          {columns.map((column, index) => (
            <th
              key={column.label}
              scope="col"
              className={index === barIndex ? 'bar-table__bar-col' : 'table__numeric'}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {columns.map((column, index) => {
              const value = row.values[index] ?? 0;
              if (index !== barIndex) {
                return (
                  <td key={column.label} data-label={column.label} className="table__numeric">
                    {formatCount(value)}
                  </td>
                );
              }
              return (
                <td key={column.label} data-label={column.label}>
                  <div className="bar-table__cell">
                    {/* SVG, not a styled span: a width in a style attribute would be refused by the
                        Content-Security-Policy in server-rendered HTML. */}
                    <svg
                      className="bar-table__track"
                      viewBox="0 0 100 10"
                      preserveAspectRatio="none"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <rect
                        className="bar-table__bar"
                        width={Math.max((value / max) * 100, 0.5)}
                        height="10"
                      />
                    </svg>
                    <span className="bar-table__value">{formatCount(value)}</span>
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
