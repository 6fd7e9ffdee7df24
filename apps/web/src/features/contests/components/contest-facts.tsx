import type { ContestSummary } from '@registry/contracts/contests';
import { formatDateRange, formatMoscowDateTime } from '../../../lib/format';
import { contestMessages as m } from '../messages';
import { PhaseTag } from './award-tag';

/**
 * Dates of a contest and its submission window, as a summary list. On a nomination whose results
 * are out the window no longer matters: it says so instead of «Идёт приём заявок».
 */
export function ContestFacts({
  contest,
  resultsPublished = false,
}: {
  contest: Omit<ContestSummary, 'nominationCount'>;
  resultsPublished?: boolean;
}) {
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>{m.dates}</dt>
        <dd>{formatDateRange(contest.startsOn, contest.endsOn)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{m.window}</dt>
        <dd>
          {formatMoscowDateTime(contest.submissionOpensAt)} —{' '}
          {formatMoscowDateTime(contest.submissionClosesAt)} <span className="hint">{m.moscowTime}</span>{' '}
          {resultsPublished ? (
            <strong className="tag tag--grey">{m.entriesClosedResults}</strong>
          ) : (
            <PhaseTag phase={contest.phase} />
          )}
        </dd>
      </div>
    </dl>
  );
}
