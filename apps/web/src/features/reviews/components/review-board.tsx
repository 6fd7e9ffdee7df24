// The moderator's review section of a staff practice page: who reviews it, their reviews side by
// side with the aggregate, another review on request, and the decision.
import { MIN_EXPERTS_PER_REVIEW } from '@registry/contracts/reviews';
import { formatDay } from '../../../lib/format';
import { useReviewBoard } from '../api/board';
import { useEvidenceLevels } from '../api/setup';
import { reviewMessages as m } from '../messages';
import { AggregateSummary } from './aggregate-summary';
import { AssignForm } from './assign-form';
import { AssignmentsTable } from './assignments-table';
import { DecisionForm } from './decision-form';
import { ReviewsTable } from './reviews-table';

export function ReviewBoardSection({ practiceId }: { practiceId: number }) {
  const { data: board } = useReviewBoard(practiceId);
  const { data: levels } = useEvidenceLevels();
  const names = new Map(levels.items.map((l) => [l.code, l.nameRu]));
  const p = board.practice;
  const live =
    board.roundOpen && board.assignments.some((a) => a.status === 'assigned' || a.status === 'submitted');
  return (
    <div className="review-board">
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{m.lastReviewed}</dt>
          <dd>{formatDay(p.lastReviewedAt)}</dd>
        </div>
        {p.nextReviewDueAt ? (
          <div className="summary-list__row">
            <dt>{m.nextReview}</dt>
            <dd>{formatDay(p.nextReviewDueAt)}</dd>
          </div>
        ) : null}
      </dl>
      {p.reReviewRequestedAt ? <p className="notice notice--warning">{m.reReviewRequested}</p> : null}
      <h3>{m.boardRound(board.round)}</h3>
      {board.roundOpen ? null : <p className="muted">{m.roundClosed(board.round + 1)}</p>}
      <h4 className="review-board__subtitle">{m.assignmentsTitle}</h4>
      {board.assignments.length > 0 ? (
        <AssignmentsTable
          items={board.assignments}
          caption={m.assignmentsTitle}
          showExpert
          linkTo={() => `/account/practices/${practiceId}#review`}
        />
      ) : (
        <p>{m.noAssignments}</p>
      )}
      {board.canAssign && live && board.expertsInPlay < MIN_EXPERTS_PER_REVIEW ? (
        <p className="notice notice--warning">{m.tooFewInPlay(board.expertsInPlay)}</p>
      ) : null}
      {board.canAssign ? (
        <AssignForm practiceId={practiceId} another={live} expertsInPlay={board.expertsInPlay} />
      ) : null}
      <h3>{m.sideBySideTitle}</h3>
      {board.reviews.length > 0 ? (
        <>
          <AggregateSummary aggregate={board.aggregate} />
          <ReviewsTable
            reviews={board.reviews}
            caption={m.sideBySideTitle}
            disagreements={board.aggregate.disagreements.map((d) => d.code)}
            evidenceNames={names}
          />
        </>
      ) : (
        <p>{m.noReviews}</p>
      )}
      <DecisionForm board={board} />
    </div>
  );
}
