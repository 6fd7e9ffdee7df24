import { Link } from 'react-router';
import { useContest } from '../api/public-contests';
import { contestMessages as m } from '../messages';
import { ContestFacts } from './contest-facts';

/** A contest: its dates, description and nominations with their state. */
export function ContestView({ slug }: { slug: string }) {
  const { data: contest } = useContest(slug);
  return (
    <>
      {contest.description ? <p className="lead">{contest.description}</p> : null}
      <ContestFacts contest={contest} />
      <section className="section" aria-labelledby="nominations">
        <h2 id="nominations">{m.nominations}</h2>
        {contest.nominations.length === 0 ? <p>{m.noNominations}</p> : null}
        <ul className="contest-list">
          {contest.nominations.map((n) => (
            <li key={n.id} className="contest-card">
              <h3 className="contest-card__title">
                <Link to={`/contests/${contest.slug}/nominations/${n.slug}`}>{n.title}</Link>
              </h3>
              {n.description ? <p className="contest-card__text">{n.description}</p> : null}
              <p className="contest-card__meta">
                <span>{m.entryCount(n.entryCount)}</span>
                <span>{n.resultsPublishedAt ? m.resultsPublished : m.resultsPending}</span>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
