import { type MarkReadBody, UnreadCountSchema } from '@registry/contracts/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

/** POST /api/notifications/read; refreshes the list and the header's count. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadBody) =>
      apiSend('POST', '/notifications/read', { body, schema: UnreadCountSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
