import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { formatDateRange } from '../../../lib/format';
import { useContests } from '../api/public-contests';
import { contestMessages as m } from '../messages';
import { PhaseTag } from './award-tag';

/** Every contest, newest first: dates, how many nominations, whether entries are taken. */
export function ContestList() {
  const { data: contests } = useContests();
  if (contests.length === 0) return <EmptyState title={m.empty} />;
  return (
    <ul className="contest-list">
      {contests.map((contest) => (
        <li key={contest.id} className="contest-card">
          <h2 className="contest-card__title">
            <Link to={`/contests/${contest.slug}`}>{contest.title}</Link>
          </h2>
          <p className="contest-card__meta">
            <span>{formatDateRange(contest.startsOn, contest.endsOn)}</span>
            <span>
              {m.nominations}: {contest.nominationCount}
            </span>
          </p>
          <p>
            <PhaseTag phase={contest.phase} />
          </p>
          {contest.description ? <p className="contest-card__text">{contest.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
