import { UnsubscribedSchema } from '@registry/contracts/notifications';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';

/** POST /api/notifications/unsubscribe?token=…: the same request a mail client's one-click sends. */
export function useUnsubscribe(token: string) {
  return useMutation({
    mutationFn: () =>
      apiSend('POST', `/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
        schema: UnsubscribedSchema,
      }),
  });
}
