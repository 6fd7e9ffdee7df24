import type { Region } from '@registry/contracts/regions';
import { Link } from 'react-router';
import { regionsMessages as m } from '../messages';
import { groupByDistrict } from './group-by-district';

/** Region links under one heading per federal district, each with its count of public practices. */
export function RegionsByDistrict({ regions }: { regions: readonly Region[] }) {
  return (
    <div className="district-list">
      {groupByDistrict(regions).map(({ district, regions: items }) => {
        const headingId = `district-${district.code}`;
        return (
          <section key={district.code} className="district" aria-labelledby={headingId}>
            <h2 id={headingId} className="district__title">
              {district.nameRu}
            </h2>
            <p className="district__meta">
              {district.shortRu} · {m.regionCount(items.length)}
            </p>
            <ul className="region-grid">
              {items.map((region) => (
                <li key={region.code}>
                  <Link to={`/regions/${region.code}`} className="region-link">
                    <span className="region-link__name">{region.nameRu}</span>
                    <span className="region-link__count">
                      <span className="visually-hidden">, </span>
                      {m.practiceCountShort(region.practiceCount)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
