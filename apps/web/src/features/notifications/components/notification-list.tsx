import { Link } from 'react-router';
import { formatTimestamp } from '../../../lib/format';
import { useNotifications } from '../api/list-notifications';
import { useMarkRead } from '../api/mark-read';
import { notificationsMessages as m } from '../messages';

/** My notifications, newest first; unread ones stand out and can be marked read. */
export function NotificationList() {
  const { data } = useNotifications();
  const markRead = useMarkRead();
  if (data.items.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{m.empty}</p>
        <p>{m.emptyHint}</p>
      </div>
    );
  }
  return (
    <>
      <div className="notifications__bar">
        <p className="notifications__caption">{m.unreadCaption(data.unread)}</p>
        {data.unread > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            {m.markAllRead}
          </button>
        ) : null}
      </div>
      {markRead.isError ? (
        <p className="error-message" role="alert">
          {m.markFailed}
        </p>
      ) : null}
      <ul className="notifications">
        {data.items.map((item) => (
          <li key={item.id} className={item.read ? 'notification' : 'notification notification--unread'}>
            <p className="notification__title">
              {item.read ? null : <span className="tag tag--blue notification__tag">{m.unreadTag}</span>}
              {item.link ? (
                <Link to={item.link} onClick={() => item.read || markRead.mutate({ ids: [item.id] })}>
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
            </p>
            {item.body ? <p className="notification__body">{item.body}</p> : null}
            <p className="notification__meta">
              <time dateTime={item.createdAt}>{formatTimestamp(item.createdAt)}</time>
              {item.read ? null : (
                <button
                  type="button"
                  className="link-button"
                  disabled={markRead.isPending}
                  onClick={() => markRead.mutate({ ids: [item.id] })}
                >
                  {m.markRead}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
