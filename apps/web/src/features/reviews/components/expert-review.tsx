// The expert's page of one assignment: the rubric form while it is open; after sending, their
// own review beside the other experts' (independence: not before).

import { formatDeadline } from '../../../lib/format';
import { useAssignment } from '../api/assignments';
import { useEvidenceLevels } from '../api/setup';
import { reviewMessages as m } from '../messages';
import { AssignmentStatus } from './assignment-status';
import { DeclineForm } from './decline-form';
import { ReviewForm } from './review-form';
import { ReviewsTable } from './reviews-table';

export function ExpertReview({ id }: { id: number }) {
  const { data } = useAssignment(id);
  const { data: levels } = useEvidenceLevels();
  const names = new Map(levels.items.map((l) => [l.code, l.nameRu]));
  const { assignment: a, review, others } = data;
  return (
    <div className="expert-review">
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.colDue}</dt>
          <dd>
            {formatDeadline(a.dueAt)} <AssignmentStatus assignment={a} />
          </dd>
        </div>
      </dl>
      {a.status === 'assigned' ? (
        <>
          <ReviewForm assignmentId={a.id} criteria={data.criteria} />
          <DeclineForm assignmentId={a.id} />
        </>
      ) : null}
      {a.status === 'declined' ? <p className="notice">{m.declined}</p> : null}
      {a.status === 'withdrawn' ? <p className="notice">{m.closed}</p> : null}
      {review ? (
        <>
          <p className="notice notice--success" role="status">
            {m.reviewSent}
          </p>
          <h3>{m.yourReview}</h3>
          <ReviewsTable reviews={[review]} caption={m.yourReview} evidenceNames={names} />
          <h3>{m.othersTitle}</h3>
          {others && others.length > 0 ? (
            <ReviewsTable reviews={others} caption={m.othersTitle} evidenceNames={names} />
          ) : (
            <p>{m.othersEmpty}</p>
          )}
        </>
      ) : null}
    </div>
  );
}
