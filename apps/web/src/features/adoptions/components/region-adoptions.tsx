// Two sections of the region page: the region's practices adopted elsewhere, and the practices
// of other regions it adopts.
import type { RegionAdoptionItem } from '@registry/contracts/adoptions';
import { Link } from 'react-router';
import { useRegionAdoptions } from '../api/get-region-adoptions';
import { adoptionMessages as m } from '../messages';
import { AdoptionPeriod } from './adoption-period';
import { AdoptionStatusTag } from './adoption-status-tag';

function Items({ items, other }: { items: RegionAdoptionItem[]; other: 'source' | 'target' }) {
  return (
    <ul className="adoption-list">
      {items.map((item) => (
        <li key={item.id} className="adoption-list__item">
          <Link to={`/practices/${item.practice.slug}`} className="adoption-list__practice">
            {item.practice.title}
          </Link>
          <div className="adoption-list__head">
            <span>
              {other === 'source' ? m.fromRegion(item.practice.regionName) : m.inRegion(item.regionName)}
            </span>
            <AdoptionStatusTag status={item.status} />
            <AdoptionPeriod status={item.status} startedOn={item.startedOn} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function RegionAdoptions({ code }: { code: string }) {
  const { data } = useRegionAdoptions(code);
  return (
    <>
      <section className="section" aria-labelledby="region-shared">
        <h2 id="region-shared">{m.regionSharedTitle}</h2>
        {data.shared.length > 0 ? <Items items={data.shared} other="target" /> : <p>{m.regionSharedEmpty}</p>}
      </section>
      <section className="section" aria-labelledby="region-adopted">
        <h2 id="region-adopted">{m.regionAdoptedTitle}</h2>
        {data.adopted.length > 0 ? (
          <Items items={data.adopted} other="source" />
        ) : (
          <p>{m.regionAdoptedEmpty}</p>
        )}
      </section>
    </>
  );
}
