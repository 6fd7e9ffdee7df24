import { Link } from 'react-router';
import { useContest } from '../api/public-contests';
import { contestMessages as m } from '../messages';
import { ContestFacts } from './contest-facts';
import { ContestForm } from './contest-form';
import { NominationForm } from './nomination-form';

/** A moderator's page of one contest: its settings, nominations and a form to add one. */
export function ManageContest({ slug }: { slug: string }) {
  const { data: contest } = useContest(slug);
  return (
    <>
      <ContestFacts contest={contest} />
      <p className="contest-public-link">
        <Link to={`/contests/${contest.slug}`}>{m.publicPage}</Link>
      </p>
      <section className="section" aria-labelledby="contest-nominations">
        <h2 id="contest-nominations">{m.nominations}</h2>
        {contest.nominations.length === 0 ? <p>{m.noNominations}</p> : null}
        <ul className="contest-list">
          {contest.nominations.map((n) => (
            <li key={n.id} className="contest-card">
              <h3 className="contest-card__title">
                <Link to={`/account/nominations/${n.id}`}>{n.title}</Link>
              </h3>
              <p className="contest-card__meta">
                <span>{m.entryCount(n.entryCount)}</span>
                <span>{n.resultsPublishedAt ? m.resultsPublished : m.resultsPending}</span>
              </p>
            </li>
          ))}
        </ul>
        <h3>{m.addNomination}</h3>
        <NominationForm contestId={contest.id} />
      </section>
      <section className="section" aria-labelledby="contest-settings">
        <h2 id="contest-settings">{m.editContest}</h2>
        <ContestForm key={contest.id} contest={contest} />
      </section>
    </>
  );
}
