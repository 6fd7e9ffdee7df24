import { outboxStatusLabels } from '@registry/contracts/notifications';
import { Link } from 'react-router';
import { formatTimestamp } from '../../../lib/format';
import { type OutboxFilters, useOutbox } from '../api/list-outbox';
import { mailMessages as m, statusTagClass } from '../messages';

/** The outbox, newest first; each subject opens the message. */
export function OutboxTable({ filters }: { filters: OutboxFilters }) {
  const { data } = useOutbox(filters);
  return (
    <>
      {data.smtpConfigured ? null : (
        <div className="notice mail-notice" role="note">
          {m.notConfigured}
        </div>
      )}
      {data.items.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{m.empty}</p>
          <p>{m.emptyHint}</p>
        </div>
      ) : (
        <table className="table log-table">
          <thead>
            <tr>
              <th scope="col">{m.columnCreated}</th>
              <th scope="col">{m.columnRecipient}</th>
              <th scope="col">{m.columnSubject}</th>
              <th scope="col">{m.columnStatus}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="log-table__time">
                  <time dateTime={item.createdAt}>{formatTimestamp(item.createdAt)}</time>
                </th>
                <td data-label={m.columnRecipient} className="log-table__email">
                  {item.recipient}
                </td>
                <td data-label={m.columnSubject}>
                  <Link to={`/admin/mail/${item.id}`}>{item.subject}</Link>
                </td>
                <td data-label={m.columnStatus}>
                  <span className={statusTagClass[item.status]}>{outboxStatusLabels[item.status]}</span>{' '}
                  <span className="mail-attempts">{m.attempts(item.attempts)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.nextBefore ? (
        <p>
          <Link
            to={`/admin/mail?${new URLSearchParams({
              ...(filters.status ? { status: filters.status } : {}),
              before: String(data.nextBefore),
            })}`}
          >
            {m.more}
          </Link>
        </p>
      ) : null}
    </>
  );
}
