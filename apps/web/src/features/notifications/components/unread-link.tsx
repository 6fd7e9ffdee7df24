import { Link } from 'react-router';
import { useUnreadCount } from '../api/list-notifications';
import { notificationsMessages as m } from '../messages';

/** «Уведомления» in the staff header, with the unread count as a badge. */
export function UnreadLink() {
  const { data } = useUnreadCount();
  const unread = data?.unread ?? 0;
  return (
    // The name is the visible text plus a hidden phrase («Уведомления, непрочитанных: 3»), not an
    // aria-label: a label that differs from what is seen fails WCAG 2.5.3 (label in name).
    <Link to="/account/notifications" className="account-bar__link notifications-link">
      {m.headerLink}
      {unread > 0 ? (
        <>
          <span className="visually-hidden">{m.headerUnreadHidden}</span>
          <span className="notifications-link__count">{unread}</span>
        </>
      ) : null}
    </Link>
  );
}
