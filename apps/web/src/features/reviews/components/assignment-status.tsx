import { type Assignment, assignmentStatusLabels } from '@registry/contracts/reviews';
import { reviewMessages as m } from '../messages';

const tones = {
  assigned: 'tag--blue',
  submitted: 'tag--green',
  declined: 'tag--grey',
  withdrawn: 'tag--grey',
} as const;

/** An assignment's state as a tag; an overdue one says so in red. */
export function AssignmentStatus({ assignment }: { assignment: Assignment }) {
  return (
    <>
      <strong className={`tag ${tones[assignment.status]}`}>
        {assignmentStatusLabels[assignment.status]}
      </strong>
      {assignment.overdue ? <strong className="tag tag--red">{m.overdue}</strong> : null}
    </>
  );
}
