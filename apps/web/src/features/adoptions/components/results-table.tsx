import type { Indicator } from '@registry/contracts/practice-passport';
import { adoptionMessages as m } from '../messages';

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const show = (value: number | null) => (value === null ? '—' : numberFormat.format(value));

/** Local results of an adoption, in the same columns as the passport's indicators. */
export function ResultsTable({ results }: { results: Indicator[] }) {
  return (
    <table className="table adoption-results">
      <caption className="table__caption">{m.resultsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.resultName}</th>
          <th scope="col">{m.resultUnit}</th>
          <th scope="col" className="table__numeric">
            {m.resultBaseline}
          </th>
          <th scope="col" className="table__numeric">
            {m.resultAchieved}
          </th>
          <th scope="col" className="table__numeric">
            {m.resultYear}
          </th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={`${r.name}-${r.year}`}>
            <th scope="row">{r.name}</th>
            <td data-label={m.resultUnit}>{r.unit}</td>
            <td data-label={m.resultBaseline} className="table__numeric">
              {show(r.baseline)}
            </td>
            <td data-label={m.resultAchieved} className="table__numeric">
              {show(r.achieved)}
            </td>
            <td data-label={m.resultYear} className="table__numeric">
              {r.year ?? '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
