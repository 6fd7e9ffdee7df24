// «Где не хватает практик»: for the chosen theme or target group, the map of regions with no
// public practice, with one, and with a recommended one; then the table with, for each region
// without a recommended practice, the nearest regions that have one, and its CSV.
import type { CoverageQuery, CoverageStatus, RegionCoverage } from '@registry/contracts/map';
import { Link } from 'react-router';
import { formatCount } from '../../../lib/format';
import { coverageCsvHref, useCoverage } from '../api/map-queries';
import { mapMessages as m } from '../messages';
import { LegendItem, type Tile, TileMap } from './tile-map';

const STATUSES: readonly CoverageStatus[] = ['none', 'published', 'recommended'];
const collator = new Intl.Collator('ru');

/** The catalogue, filtered to a region's recommended practices for the same question. */
function catalogueHref(query: CoverageQuery, region: string) {
  const params = new URLSearchParams();
  if (query.theme) params.set('theme', query.theme);
  if (query.targetGroup) params.set('targetGroup', query.targetGroup);
  params.set('region', region);
  params.set('status', 'recommended');
  return `/practices?${params.toString()}`;
}

function Nearest({ region, query }: { region: RegionCoverage; query: CoverageQuery }) {
  if (region.status === 'recommended') return <>—</>;
  if (region.nearest.length === 0) return <span className="hint">{m.nearestNone}</span>;
  return (
    <ul className="coverage__nearest">
      {region.nearest.map((n) => (
        <li key={n.code}>
          <Link to={catalogueHref(query, n.code)}>{n.nameRu}</Link>{' '}
          <span className="hint">
            ({m.nearestItem(n.distanceKm)}, {m.nearestPractices(n.recommended)})
          </span>
        </li>
      ))}
    </ul>
  );
}

export function CoverageView({ query }: { query: CoverageQuery }) {
  const { data } = useCoverage(query);
  const name = data.subject.nameRu;
  const tiles = new Map<string, Tile>(
    data.regions.map((r) => [
      r.code,
      {
        code: r.code,
        nameRu: r.nameRu,
        value: m.statusMark[r.status],
        description: m.status[r.status],
        tone: `coverage-${r.status}`,
        href: `/regions/${r.code}`,
      },
    ]),
  );
  const rows = [...data.regions].sort(
    (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || collator.compare(a.nameRu, b.nameRu),
  );

  return (
    <section className="section coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{m.coverageFor(name)}</h2>
      <ul className="coverage__totals">
        {STATUSES.map((status) => (
          <li key={status} className="coverage__total">
            <span className={`tile-map__swatch tile-map__tile--coverage-${status}`} aria-hidden="true">
              {m.statusMark[status]}
            </span>
            {m.status[status]}: <strong>{m.statusCount(data.totals[status])}</strong>
          </li>
        ))}
      </ul>
      <TileMap
        label={m.mapLabel(m.coverageFor(name))}
        tiles={tiles}
        legend={
          <ul className="tile-map__legend-list">
            {STATUSES.map((status) => (
              <LegendItem key={status} tone={`coverage-${status}`} mark={m.statusMark[status]}>
                {m.status[status]}
              </LegendItem>
            ))}
          </ul>
        }
      />
      <p className="csv-link">
        <a href={coverageCsvHref(query)} download aria-label={m.downloadCsvOf(name)}>
          {m.downloadCsv}
        </a>
      </p>
      <table className="table coverage-table">
        <caption className="table__caption">{m.tableCaption(name)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colRegion}</th>
            <th scope="col">{m.colStatus}</th>
            <th scope="col" className="table__numeric">
              {m.colPractices}
            </th>
            <th scope="col" className="table__numeric">
              {m.colRecommended}
            </th>
            <th scope="col">{m.colNearest}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-region={r.code}>
              <th scope="row">
                <Link to={`/regions/${r.code}`}>{r.nameRu}</Link>
              </th>
              <td data-label={m.colStatus}>{m.status[r.status]}</td>
              <td data-label={m.colPractices} className="table__numeric">
                {formatCount(r.practices)}
              </td>
              <td data-label={m.colRecommended} className="table__numeric">
                {formatCount(r.recommended)}
              </td>
              <td data-label={m.colNearest}>
                <Nearest region={r} query={query} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
