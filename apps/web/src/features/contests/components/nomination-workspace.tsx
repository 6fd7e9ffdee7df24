import { Link } from 'react-router';
import { formatWeight } from '../../../lib/format';
import { useStaffNomination } from '../api/staff-contests';
import { contestMessages as m } from '../messages';
import { ContestFacts } from './contest-facts';
import { EnterPractice } from './enter-practice';
import { ExpertsPanel } from './experts-panel';
import { NominationEntries } from './nomination-entries';
import { RankedEntries } from './ranked-entries';
import { ResultsHistory } from './results-history';

/** A nomination's staff page: what the signed-in user's role may see and do there. */
export function NominationWorkspace({ id, role }: { id: number; role: string }) {
  const { data: nomination } = useStaffNomination(id);
  return (
    <>
      {nomination.description ? <p className="lead">{nomination.description}</p> : null}
      <ContestFacts contest={nomination.contest} resultsPublished={nomination.resultsPublishedAt !== null} />
      <p className="contest-public-link">
        <Link to={`/contests/${nomination.contest.slug}/nominations/${nomination.slug}`}>{m.publicPage}</Link>
      </p>
      {role === 'coordinator' || role === 'admin' ? <EnterPractice nomination={nomination} /> : null}
      {nomination.can.manage ? (
        <>
          <ExpertsPanel nomination={nomination} />
          <RankedEntries nomination={nomination} />
          <ResultsHistory nomination={nomination} />
        </>
      ) : (
        <NominationEntries nomination={nomination} />
      )}
      <details className="criteria-details">
        <summary>{m.criteria}</summary>
        <ul>
          {nomination.criteria.map((c) => (
            <li key={c.code}>
              <strong>{c.nameRu}</strong> ({m.weight} {formatWeight(c.weight)})
              {c.descriptionRu ? ` — ${c.descriptionRu}` : ''}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
