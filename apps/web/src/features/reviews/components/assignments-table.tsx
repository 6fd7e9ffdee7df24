import type { Assignment } from '@registry/contracts/reviews';
import { Link } from 'react-router';
import { formatDeadline } from '../../../lib/format';
import { reviewMessages as m } from '../messages';
import { AssignmentStatus } from './assignment-status';

interface AssignmentsTableProps {
  items: Assignment[];
  caption: string;
  /** Where a row's practice links to: the expert's review page or the moderator's practice page. */
  linkTo: (assignment: Assignment) => string;
  showExpert?: boolean;
}

/** Assignments with their due dates; overdue rows are highlighted. */
export function AssignmentsTable({ items, caption, linkTo, showExpert = false }: AssignmentsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table assignments-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colPractice}</th>
            {showExpert ? <th scope="col">{m.colExpert}</th> : null}
            <th scope="col">{m.colDue}</th>
            <th scope="col">{m.colStatus}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className={a.overdue ? 'assignments-table__row--overdue' : undefined}>
              <td>
                <Link to={linkTo(a)}>{a.practiceTitle}</Link>
                <span className="assignments-table__region">{a.regionName}</span>
              </td>
              {showExpert ? <td>{a.expertName}</td> : null}
              <td>
                <time dateTime={a.dueAt}>{formatDeadline(a.dueAt)}</time>
              </td>
              <td>
                <AssignmentStatus assignment={a} />
                {a.declineReason ? (
                  <span className="assignments-table__reason">{m.declinedBecause(a.declineReason)}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
