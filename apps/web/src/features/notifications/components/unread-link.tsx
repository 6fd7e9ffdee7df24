import { Link } from 'react-router';
import { useUnreadCount } from '../api/list-notifications';
import { notificationsMessages as m } from '../messages';

/** «Уведомления» in the staff header, with the unread count as a badge. */
export function UnreadLink() {
  const { data } = useUnreadCount();
  const unread = data?.unread ?? 0;
  return (
    <Link
      to="/account/notifications"
      className="account-bar__link notifications-link"
      aria-label={unread > 0 ? m.headerUnread(unread) : undefined}
    >
      {m.headerLink}
      {unread > 0 ? (
        <span className="notifications-link__count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
