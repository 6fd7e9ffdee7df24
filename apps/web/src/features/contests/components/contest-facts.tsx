import type { ContestSummary } from '@registry/contracts/contests';
import { formatDateRange, formatDateTime } from '../lib/format';
import { contestMessages as m } from '../messages';
import { PhaseTag } from './award-tag';

/** Dates of a contest and its submission window, as a summary list. */
export function ContestFacts({ contest }: { contest: Omit<ContestSummary, 'nominationCount'> }) {
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>{m.dates}</dt>
        <dd>{formatDateRange(contest.startsOn, contest.endsOn)}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{m.window}</dt>
        <dd>
          {formatDateTime(contest.submissionOpensAt)} — {formatDateTime(contest.submissionClosesAt)}{' '}
          <PhaseTag phase={contest.phase} />
        </dd>
      </div>
    </dl>
  );
}
