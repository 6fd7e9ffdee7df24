import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** Notification query keys: under the staff root, so signing out removes them. */
export const notificationKeys = {
  all: [STAFF_QUERY_ROOT, 'notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};
