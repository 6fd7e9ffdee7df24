import type { PracticePassport } from '@registry/contracts/practices';
import { formatDay } from '../../../../lib/format';
import { passportMessages as m } from '../../messages';

/**
 * The expert review outcome: a recommended practice shows its badge, the public justification and
 * "reviewed on … / next review …"; another reviewed practice just when it was reviewed.
 */
export function ReviewOutcome({ practice }: { practice: PracticePassport }) {
  const { review } = practice;
  const recommended = practice.status === 'recommended';
  if (!recommended && !review.lastReviewedAt) return null;
  return (
    <aside
      className={recommended ? 'review-outcome review-outcome--recommended' : 'review-outcome'}
      aria-label={m.reviewTitle}
    >
      {recommended ? <p className="review-outcome__badge">{m.reviewTitle}</p> : null}
      {recommended && review.recommendationText ? (
        <>
          <p className="review-outcome__label">{m.reviewJustification}</p>
          <p className="review-outcome__text">{review.recommendationText}</p>
        </>
      ) : null}
      {review.lastReviewedAt || review.nextReviewDueAt ? (
        <p className="review-outcome__dates">
          {review.lastReviewedAt ? `${m.reviewedOn} ${formatDay(review.lastReviewedAt)}` : null}
          {review.lastReviewedAt && review.nextReviewDueAt ? ' · ' : null}
          {review.nextReviewDueAt ? `${m.nextReviewOn} ${formatDay(review.nextReviewDueAt)}` : null}
        </p>
      ) : null}
    </aside>
  );
}
