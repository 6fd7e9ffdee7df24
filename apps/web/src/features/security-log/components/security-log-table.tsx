import { formatTimestamp } from '../../../lib/format';
import { useSecurityEvents } from '../api/list-security-events';
import { describeWho, eventKindLabel, summariseDetail } from '../lib/describe-event';
import { SECURITY_LOG_LIMIT, type SecurityLogFilters } from '../lib/security-log-params';
import { securityLogMessages as m } from '../messages';

/** Refusals and failures stand out; everything else is routine. */
const warningKinds = new Set([
  'login_failed',
  'login_throttled',
  'login_refused',
  'access_refused',
  'csrf_refused',
  'security_log_capped',
]);

/** The log's entries, newest first; on phones each row becomes a small labelled block. */
export function SecurityLogTable({ filters }: { filters: SecurityLogFilters }) {
  const { data: events } = useSecurityEvents(filters);
  if (events.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{m.empty}</p>
        <p>{m.emptyHint}</p>
      </div>
    );
  }
  return (
    <table className="table log-table">
      <caption className="table__caption">{m.caption(events.length, SECURITY_LOG_LIMIT)}</caption>
      <thead>
        <tr>
          <th scope="col">{m.columnTime}</th>
          <th scope="col">{m.columnKind}</th>
          <th scope="col">{m.columnEmail}</th>
          <th scope="col" className="log-table__ip">
            {m.columnIp}
          </th>
          <th scope="col">{m.columnDetail}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <th scope="row" className="log-table__time">
              <time dateTime={event.at}>{formatTimestamp(event.at)}</time>
            </th>
            <td data-label={m.columnKind}>
              <span className={warningKinds.has(event.kind) ? 'tag tag--orange' : 'tag tag--grey'}>
                {eventKindLabel(event.kind)}
              </span>
            </td>
            <td data-label={m.columnEmail} className="log-table__email">
              {describeWho(event)}
            </td>
            <td data-label={m.columnIp} className="log-table__ip">
              {event.ip ?? m.none}
            </td>
            <td data-label={m.columnDetail}>{summariseDetail(event.detail, event.subject) || m.none}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
