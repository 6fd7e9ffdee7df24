import { NotificationListSchema, UnreadCountSchema } from '@registry/contracts/notifications';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

/** GET /api/notifications: my latest notifications and the unread count. */
export function notificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) => apiGet('/notifications', NotificationListSchema, { signal }),
  });
}

export function useNotifications() {
  return useSuspenseQuery(notificationsQueryOptions());
}

/** GET /api/notifications/unread-count, refreshed every minute for the header. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => apiGet('/notifications/unread-count', UnreadCountSchema, { signal }),
    refetchInterval: 60_000,
  });
}
