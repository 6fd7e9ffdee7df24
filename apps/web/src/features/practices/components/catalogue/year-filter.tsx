import type { FacetCount } from '@registry/contracts/practices';
import { practicesMessages as m } from '../../messages';

interface YearFilterProps {
  years: FacetCount[];
  yearFrom: number | null;
  yearTo: number | null;
  onChange: (range: { yearFrom: number | null; yearTo: number | null }) => void;
}

/**
 * "Год начала реализации с … по …". The choices are the start years that occur in the results,
 * and each select offers only the years that keep the range valid.
 */
export function YearFilter({ years, yearFrom, yearTo, onChange }: YearFilterProps) {
  const all = [
    ...new Set([...years.map((y) => Number(y.value)), ...[yearFrom, yearTo].filter((y) => y !== null)]),
  ].sort((a, b) => a - b);
  const fromChoices = all.filter((year) => yearTo === null || year <= yearTo);
  const toChoices = all.filter((year) => yearFrom === null || year >= yearFrom);
  const parse = (value: string) => (value ? Number(value) : null);

  return (
    <fieldset className="facet">
      <legend className="facet__legend">{m.yearsLegend}</legend>
      <div className="year-filter">
        <div className="year-filter__field">
          <label htmlFor="facet-year-from">{m.yearFrom}</label>
          <select
            id="facet-year-from"
            className="select"
            value={yearFrom ?? ''}
            onChange={(event) => onChange({ yearFrom: parse(event.target.value), yearTo })}
          >
            <option value="">{m.yearAny}</option>
            {fromChoices.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="year-filter__field">
          <label htmlFor="facet-year-to">{m.yearTo}</label>
          <select
            id="facet-year-to"
            className="select"
            value={yearTo ?? ''}
            onChange={(event) => onChange({ yearFrom, yearTo: parse(event.target.value) })}
          >
            <option value="">{m.yearAny}</option>
            {toChoices.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
