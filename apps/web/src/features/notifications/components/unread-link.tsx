import { Link } from 'react-router';
import { useUnreadCount } from '../api/list-notifications';
import { notificationsMessages as m } from '../messages';

/** «Уведомления» in the staff header, with the unread count as a badge. */
export function UnreadLink() {
  const { data } = useUnreadCount();
  const unread = data?.unread ?? 0;
  return (
    // With unread ones the name is a hidden phrase that starts with the visible word
    // («Уведомления, непрочитанных: 3»), not an aria-label, which axe requires to contain the
    // visible text (WCAG 2.5.3, label in name).
    <Link to="/account/notifications" className="account-bar__link notifications-link">
      {unread > 0 ? (
        <>
          <span className="visually-hidden">{m.headerUnread(unread)}</span>
          <span aria-hidden="true">{m.headerLink}</span>
          <span className="notifications-link__count" aria-hidden="true">
            {unread}
          </span>
        </>
      ) : (
        m.headerLink
      )}
    </Link>
  );
}
