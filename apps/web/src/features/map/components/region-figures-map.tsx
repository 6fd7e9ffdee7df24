// The map of regions in figures (on /regions and /statistics): a switch between practices,
// recommended practices and adoptions kept in the URL (?metric=), the legend, and the same
// figures as a table.
import { MAP_METRICS, type MapMetric, MapMetricSchema } from '@registry/contracts/map';
import { Link, useLocation, useSearchParams } from 'react-router';
import { formatCount } from '../../../lib/format';
import { useRegionFigures } from '../api/map-queries';
import { mapMessages as m } from '../messages';
import { countScale, toneOf } from './scale';
import { LegendItem, type Tile, TileMap } from './tile-map';

const collator = new Intl.Collator('ru');

/** The metric in the URL, or practices when it is missing or unknown. */
export function metricOf(params: URLSearchParams): MapMetric {
  const parsed = MapMetricSchema.safeParse(params.get('metric'));
  return parsed.success ? parsed.data : 'practices';
}

function MetricSwitch({ metric }: { metric: MapMetric }) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const hrefOf = (value: MapMetric) => {
    const next = new URLSearchParams(params);
    if (value === 'practices') next.delete('metric');
    else next.set('metric', value);
    const search = next.toString();
    return `${pathname}${search ? `?${search}` : ''}`;
  };
  return (
    <div className="tile-map__switch">
      <span className="tile-map__switch-label" id="map-metric-label">
        {m.metricLabel}:
      </span>
      <ul className="tile-map__switch-list" aria-labelledby="map-metric-label">
        {MAP_METRICS.map((value) => (
          <li key={value}>
            <Link
              to={hrefOf(value)}
              replace
              preventScrollReset
              className="tile-map__switch-link"
              aria-current={value === metric ? 'true' : undefined}
            >
              {m.metrics[value]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RegionFiguresMap() {
  const { data } = useRegionFigures();
  const [params] = useSearchParams();
  const metric = metricOf(params);
  const scale = countScale(data.regions.map((r) => r[metric]));
  const tiles = new Map<string, Tile>(
    data.regions.map((r) => [
      r.code,
      {
        code: r.code,
        nameRu: r.nameRu,
        value: formatCount(r[metric]),
        description: m.valueOf[metric](r[metric]),
        tone: `tone-${toneOf(scale, r[metric])}`,
        href: `/regions/${r.code}`,
      },
    ]),
  );
  const rows = [...data.regions].sort(
    (a, b) => b[metric] - a[metric] || collator.compare(a.nameRu, b.nameRu),
  );

  return (
    <>
      <MetricSwitch metric={metric} />
      <TileMap
        label={m.mapLabel(m.metricCaption[metric])}
        tiles={tiles}
        legend={
          <>
            <p className="tile-map__legend-title">{m.metricCaption[metric]}</p>
            <ul className="tile-map__legend-list">
              <LegendItem tone="tone-0">{m.legendZero}</LegendItem>
              {scale.map((step) => (
                <LegendItem key={step.tone} tone={`tone-${step.tone}`}>
                  {m.legendRange(step.from, step.to)}
                </LegendItem>
              ))}
            </ul>
          </>
        }
      />
      <details className="tile-map__table">
        <summary>{m.tableSummary}</summary>
        <table className="table">
          <caption className="visually-hidden">{m.metricCaption[metric]}</caption>
          <thead>
            <tr>
              <th scope="col">{m.colRegion}</th>
              <th scope="col" className="table__numeric">
                {m.colPractices}
              </th>
              <th scope="col" className="table__numeric">
                {m.colRecommended}
              </th>
              <th scope="col" className="table__numeric">
                {m.colAdoptions}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <Link to={`/regions/${r.code}`}>{r.nameRu}</Link>
                </th>
                <td className="table__numeric">{formatCount(r.practices)}</td>
                <td className="table__numeric">{formatCount(r.recommended)}</td>
                <td className="table__numeric">{formatCount(r.adoptions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
