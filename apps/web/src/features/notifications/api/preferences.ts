import { MailPreferencesSchema, type UpdateMailPreferencesBody } from '@registry/contracts/notifications';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

/** GET /api/notifications/preferences. */
export function preferencesQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.preferences(),
    queryFn: ({ signal }) => apiGet('/notifications/preferences', MailPreferencesSchema, { signal }),
  });
}

export function usePreferences() {
  return useSuspenseQuery(preferencesQueryOptions());
}

/** PUT /api/notifications/preferences. */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMailPreferencesBody) =>
      apiSend('PUT', '/notifications/preferences', { body, schema: MailPreferencesSchema }),
    onSuccess: (data) => queryClient.setQueryData(notificationKeys.preferences(), data),
  });
}
