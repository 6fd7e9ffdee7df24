import { OutboxMessageSchema } from '@registry/contracts/notifications';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { mailKeys } from './mail-keys';

/** GET /api/mail/outbox/{id} (admins): text, HTML, links and delivery state. */
export function outboxMessageQueryOptions(id: number) {
  return queryOptions({
    queryKey: mailKeys.one(id),
    queryFn: ({ signal }) => apiGet(`/mail/outbox/${id}`, OutboxMessageSchema, { signal }),
  });
}

export function useOutboxMessage(id: number) {
  return useSuspenseQuery(outboxMessageQueryOptions(id));
}

/** POST /api/mail/outbox/{id}/retry: a failed message back in the queue. */
export function useRetryMessage(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', `/mail/outbox/${id}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailKeys.all }),
  });
}
