import { Link } from 'react-router';
import { formatDateRange } from '../../../lib/format';
import { useContests } from '../api/public-contests';
import { contestMessages as m } from '../messages';
import { PhaseTag } from './award-tag';
import { ContestForm } from './contest-form';

/** Moderators: every contest with a link to manage it, and a form for a new one. */
export function StaffContests() {
  const { data: contests } = useContests();
  return (
    <>
      <ul className="contest-list">
        {contests.map((contest) => (
          <li key={contest.id} className="contest-card">
            <h2 className="contest-card__title">
              <Link to={`/account/contests/${contest.slug}`}>{contest.title}</Link>
            </h2>
            <p className="contest-card__meta">
              <span>{formatDateRange(contest.startsOn, contest.endsOn)}</span>
              <span>
                {m.nominations}: {contest.nominationCount}
              </span>
              <PhaseTag phase={contest.phase} />
            </p>
          </li>
        ))}
      </ul>
      <section className="section" aria-labelledby="new-contest">
        <h2 id="new-contest">{m.newContest}</h2>
        <ContestForm />
      </section>
    </>
  );
}
