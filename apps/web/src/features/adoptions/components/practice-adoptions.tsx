// «Внедрение в регионах» on the public practice page: how many regions adopt the practice, which
// ones and how far they got, and for staff of another region the way to declare their own.
import type { PublicAdoption } from '@registry/contracts/adoptions';
import { Link } from 'react-router';
import { IndicatorsTable } from '../../../components/indicators-table';
import { usePracticeAdoptions } from '../api/get-practice-adoptions';
import { adoptionMessages as m } from '../messages';
import { AdoptionPeriod } from './adoption-period';
import { AdoptionStatusTag } from './adoption-status-tag';

/** The signed-in user as far as this section cares; null for visitors. */
export interface Viewer {
  role: 'admin' | 'moderator' | 'coordinator' | 'expert';
  regionCode: string | null;
}

function DeclareAction({
  slug,
  practiceRegion,
  viewer,
  items,
}: {
  slug: string;
  practiceRegion: string;
  viewer: Viewer | null;
  items: PublicAdoption[];
}) {
  if (!viewer || viewer.role === 'expert') return null;
  if (viewer.role === 'coordinator') {
    if (viewer.regionCode === practiceRegion) return null;
    const ours = items.find((item) => item.regionCode === viewer.regionCode);
    if (ours) {
      return (
        <p>
          {m.ourAdoption}. <Link to={`/account/adoptions/${ours.id}/edit`}>{m.editOurAdoption}</Link>
        </p>
      );
    }
  }
  return (
    <p>
      <Link className="button" to={`/account/adoptions/new?practice=${encodeURIComponent(slug)}`}>
        {m.declareButton}
      </Link>
    </p>
  );
}

export function PracticeAdoptions({
  slug,
  practiceRegion,
  viewer,
}: {
  slug: string;
  practiceRegion: string;
  viewer: Viewer | null;
}) {
  const { data } = usePracticeAdoptions(slug);
  return (
    <>
      <p className="adoptions__count">{data.count > 0 ? m.adoptedIn(data.count) : m.notAdoptedYet}</p>
      {data.items.length > 0 ? (
        <ul className="adoption-list">
          {data.items.map((item) => (
            <li key={item.id} className="adoption-list__item">
              <div className="adoption-list__head">
                <Link to={`/regions/${item.regionCode}`} className="adoption-list__region">
                  {item.regionName}
                </Link>
                <AdoptionStatusTag status={item.status} />
                <AdoptionPeriod
                  status={item.status}
                  startedOn={item.startedOn}
                  finishedOn={item.finishedOn}
                />
              </div>
              {item.narrative ? <p className="adoption-list__text">{item.narrative}</p> : null}
              {item.results.length > 0 ? (
                <IndicatorsTable indicators={item.results} caption={m.resultsCaption} />
              ) : null}
              {item.contact?.name ? (
                <p className="adoption-list__contact">
                  {m.contactLabel}:{' '}
                  {[item.contact.name, item.contact.email, item.contact.phone].filter(Boolean).join(', ')}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {data.items.length > 0 && !viewer ? <p className="hint">{m.contactsForStaff}</p> : null}
      <DeclareAction slug={slug} practiceRegion={practiceRegion} viewer={viewer} items={data.items} />
    </>
  );
}
