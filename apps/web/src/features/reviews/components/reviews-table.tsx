// Reviews side by side: one column per expert, one row per criterion (score and comment), then
// the weighted score, recommendation, proposed evidence level and conclusion.
import { type Review, reviewRecommendationLabels } from '@registry/contracts/reviews';
import { formatScore, formatWeight } from '../../../lib/format';
import { reviewMessages as m } from '../messages';

interface ReviewsTableProps {
  reviews: Review[];
  caption: string;
  /** Criteria codes the experts disagree on strongly: their rows are marked. */
  disagreements?: readonly string[];
  evidenceNames?: ReadonlyMap<string, string>;
}

export function ReviewsTable({ reviews, caption, disagreements = [], evidenceNames }: ReviewsTableProps) {
  const criteria = new Map<string, { name: string; weight: number }>();
  for (const review of reviews)
    for (const s of review.scores)
      if (!criteria.has(s.code)) criteria.set(s.code, { name: s.name, weight: s.weight });
  const scoreOf = (review: Review, code: string) => review.scores.find((s) => s.code === code);
  return (
    <div className="table-wrap">
      <table className="table reviews-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.criterion}</th>
            {reviews.map((review) => (
              <th scope="col" key={review.assignmentId}>
                {review.expertName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...criteria.entries()].map(([code, { name, weight }]) => {
            const split = disagreements.includes(code);
            return (
              <tr key={code} className={split ? 'reviews-table__row--split' : undefined}>
                <th scope="row">
                  {name}
                  <span className="reviews-table__weight">
                    {m.weight}: {formatWeight(weight)}
                  </span>
                </th>
                {reviews.map((review) => {
                  const s = scoreOf(review, code);
                  return (
                    <td key={review.assignmentId}>
                      <strong className="reviews-table__score">{s?.score ?? '—'}</strong>
                      {s?.comment ? <span className="reviews-table__comment">{s.comment}</span> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          <tr className="reviews-table__total">
            <th scope="row">{m.weightedScore}</th>
            {reviews.map((review) => (
              <td key={review.assignmentId}>
                <strong>{formatScore(review.weightedScore)}</strong>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{m.recommendation}</th>
            {reviews.map((review) => (
              <td key={review.assignmentId}>{reviewRecommendationLabels[review.recommendation]}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{m.proposedEvidence}</th>
            {reviews.map((review) => (
              <td key={review.assignmentId}>
                {review.proposedEvidenceLevel
                  ? (evidenceNames?.get(review.proposedEvidenceLevel) ?? review.proposedEvidenceLevel)
                  : '—'}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{m.comment}</th>
            {reviews.map((review) => (
              <td key={review.assignmentId} className="prose-pre">
                {review.comment || '—'}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
