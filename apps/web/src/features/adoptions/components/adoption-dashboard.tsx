// The region's adoption work: what it adopts (editable) and who adopts its practices (with the
// contacts of those teams, to talk to colleagues).
import type { Adoption } from '@registry/contracts/adoptions';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../lib/format';
import { useAdoptionDashboard } from '../api/list-adoptions';
import { adoptionMessages as m } from '../messages';
import { AdoptionStatusTag } from './adoption-status-tag';

function AdoptionTable({
  items,
  caption,
  showOwner,
}: {
  items: Adoption[];
  caption: string;
  showOwner: 'adopter' | 'both';
}) {
  return (
    <table className="table adoption-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.colPractice}</th>
          <th scope="col">{m.colRegion}</th>
          <th scope="col">{m.colStatus}</th>
          <th scope="col">{m.colStart}</th>
          <th scope="col">{m.colContact}</th>
          <th scope="col">
            <span className="visually-hidden">{m.edit}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              <Link to={`/practices/${a.practice.slug}`}>{a.practice.title}</Link>
              {showOwner === 'both' ? (
                <div className="hint">{m.fromRegion(a.practice.regionName)}</div>
              ) : null}
            </th>
            <td data-label={m.colRegion}>{a.regionName}</td>
            <td data-label={m.colStatus}>
              <AdoptionStatusTag status={a.status} />
            </td>
            <td data-label={m.colStart}>{a.startedOn ? formatCalendarDate(a.startedOn) : '—'}</td>
            <td data-label={m.colContact}>
              {[a.contact.name, a.contact.email, a.contact.phone].filter(Boolean).join(', ') || '—'}
            </td>
            <td>
              {a.canEdit ? (
                <Link
                  to={`/account/adoptions/${a.id}/edit`}
                  aria-label={`${m.edit}: ${a.practice.title}, ${a.regionName}`}
                >
                  {m.edit}
                </Link>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AdoptionDashboardView() {
  const { data } = useAdoptionDashboard();
  const forRegion = data.regionCode !== null;
  return (
    <>
      <section className="section" aria-labelledby="adopting-title">
        <h2 id="adopting-title">{forRegion ? m.adoptingTitle : m.adoptingTitleAll}</h2>
        {data.adopting.length > 0 ? (
          <AdoptionTable items={data.adopting} caption={m.adoptingTitle} showOwner="both" />
        ) : (
          <p>{m.adoptingEmpty}</p>
        )}
        <p>
          <Link to="/practices">{m.openCatalogue}</Link>
        </p>
      </section>
      {forRegion ? (
        <section className="section" aria-labelledby="adopted-from-us-title">
          <h2 id="adopted-from-us-title">{m.adoptedFromUsTitle}</h2>
          {data.adoptedFromUs.length > 0 ? (
            <AdoptionTable items={data.adoptedFromUs} caption={m.adoptedFromUsTitle} showOwner="adopter" />
          ) : (
            <p>{m.adoptedFromUsEmpty}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
