import { Link } from 'react-router';
import { formatDateRange } from '../../../lib/format';
import { usePracticeAwards } from '../api/public-contests';
import { contestMessages as m } from '../messages';
import { AwardTag } from './award-tag';

/** «Конкурсы и награды» on a practice's page; nothing at all for a practice never entered. */
export function PracticeAwardsSection({ slug }: { slug: string }) {
  const { data: awards } = usePracticeAwards(slug);
  if (!awards || awards.length === 0) return null;
  return (
    <section className="passport__section practice-awards" aria-labelledby="practice-awards">
      <h2 id="practice-awards">{m.awardsTitle}</h2>
      <ul className="practice-awards__list">
        {awards.map(({ contest, nomination, award }) => (
          <li key={nomination.id}>
            {award ? (
              <AwardTag award={award} labels={contest.awardLabels} />
            ) : (
              <span className="practice-awards__entered">{m.awardsEntered}</span>
            )}{' '}
            <Link to={`/contests/${contest.slug}/nominations/${nomination.slug}`}>«{nomination.title}»</Link>
            {' — '}
            <Link to={`/contests/${contest.slug}`}>{contest.title}</Link>,{' '}
            {formatDateRange(contest.startsOn, contest.endsOn)}
          </li>
        ))}
      </ul>
    </section>
  );
}
