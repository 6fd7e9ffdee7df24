import type { SubmissionSummary } from '@registry/contracts/submissions';
import { Link } from 'react-router';
import { formatDateTimeMedium } from '../../../lib/format';
import { submissionMessages as m } from '../messages';
import { StatusTag } from './status-tag';

interface SubmissionsTableProps {
  items: SubmissionSummary[];
  caption: string;
  showRegion: boolean;
  showStatus?: boolean;
  dateLabel?: string;
}

/** Practices as a table: title (a link to the practice), region, status and when it last moved. */
export function SubmissionsTable({
  items,
  caption,
  showRegion,
  showStatus = true,
  dateLabel,
}: SubmissionsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table submissions-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colTitle}</th>
            {showRegion ? <th scope="col">{m.colRegion}</th> : null}
            {showStatus ? <th scope="col">{m.colStatus}</th> : null}
            <th scope="col">{dateLabel ?? m.colChanged}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/account/practices/${item.id}`}>{item.title.trim() || m.untitled}</Link>
              </td>
              {showRegion ? <td>{item.regionName}</td> : null}
              {showStatus ? (
                <td>
                  <StatusTag status={item.status} />
                </td>
              ) : null}
              <td className="submissions-table__date">
                <time dateTime={item.statusChangedAt}>{formatDateTimeMedium(item.statusChangedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
