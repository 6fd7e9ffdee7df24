import type { ReviewAggregate } from '@registry/contracts/reviews';
import { formatScore } from '../../../lib/format';
import { reviewMessages as m } from '../messages';

/** The weighted score, the spread between experts and a warning when they disagree strongly. */
export function AggregateSummary({ aggregate }: { aggregate: ReviewAggregate }) {
  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.average}</dt>
          <dd>
            <strong>{formatScore(aggregate.weightedScore)}</strong>{' '}
            <span className="muted">({m.reviewCount(aggregate.reviewCount)})</span>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{m.spread}</dt>
          <dd>{formatScore(aggregate.spread)}</dd>
        </div>
      </dl>
      {aggregate.disagreements.length > 0 ? (
        <div className="notice notice--warning" role="note">
          <p className="notice__title">{m.disagreementTitle}</p>
          <ul>
            {aggregate.disagreements.map((d) => (
              <li key={d.code}>{m.disagreement(d.name, d.min, d.max)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
