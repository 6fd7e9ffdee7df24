import type { Indicator } from '@registry/contracts/practice-passport';
import { formatNumber } from '../lib/format';
import { indicatorMessages as m } from './messages';

function Value({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{m.noValue}</span>
      </>
    );
  }
  return <>{formatNumber(value)}</>;
}

/**
 * Measured results, before and after: a passport's indicators, or an adopting region's own. On phones each row becomes a small card, with the column
 * names repeated from `data-label`, so nothing scrolls sideways.
 */
export function IndicatorsTable({ indicators, caption }: { indicators: Indicator[]; caption: string }) {
  return (
    <table className="table indicators">
      <caption className="table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.indicatorName}</th>
          <th scope="col">{m.indicatorUnit}</th>
          <th scope="col" className="table__numeric">
            {m.indicatorBaseline}
          </th>
          <th scope="col" className="table__numeric">
            {m.indicatorAchieved}
          </th>
          <th scope="col" className="table__numeric">
            {m.indicatorYear}
          </th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr key={`${indicator.name}-${indicator.year}`}>
            <th scope="row">{indicator.name}</th>
            <td data-label={m.indicatorUnit}>{indicator.unit || <Value value={null} />}</td>
            <td data-label={m.indicatorBaseline} className="table__numeric">
              <Value value={indicator.baseline} />
            </td>
            <td data-label={m.indicatorAchieved} className="table__numeric">
              <Value value={indicator.achieved} />
            </td>
            <td data-label={m.indicatorYear} className="table__numeric">
              {indicator.year ?? <Value value={null} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
