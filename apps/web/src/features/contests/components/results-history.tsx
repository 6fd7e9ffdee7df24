import type { AwardKind } from '@registry/contracts/contests';
import type { StaffNomination } from '@registry/contracts/contests-staff';
import { formatDateTime } from '../../../lib/format';
import { contestMessages as m } from '../messages';

/** Moderators: the results' journal — publication, each correction with its reason, the final word. */
export function ResultsHistory({ nomination }: { nomination: StaffNomination }) {
  const labels = nomination.contest.awardLabels;
  const label = (award: AwardKind | null) => (award ? labels[award] : m.noAward);
  if (!nomination.resultsPublishedAt) return null;
  return (
    <section className="section" aria-labelledby="results-history">
      <h2 id="results-history">{m.historyTitle}</h2>
      <ol className="results-history">
        {nomination.history.map((event) => (
          <li key={event.id}>
            <span className="muted">{formatDateTime(event.createdAt)}</span>{' '}
            {event.action === 'results_published' ? m.historyPublished : null}
            {event.action === 'results_finalised' ? m.historyFinalised : null}
            {event.action === 'award_corrected'
              ? m.historyCorrected(event.practiceTitle ?? '', label(event.fromAward), label(event.toAward))
              : null}{' '}
            {m.historyBy(event.actorName)}
            {event.comment ? (
              <p className="results-history__reason">{m.historyReason(event.comment)}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
