import { OutboxListSchema } from '@registry/contracts/notifications';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { mailKeys } from './mail-keys';
import type { OutboxFilters } from './outbox-params';

export { type OutboxFilters, parseOutboxParams } from './outbox-params';

/** GET /api/mail/outbox (admins). */
export function outboxQueryOptions(filters: OutboxFilters) {
  return queryOptions({
    queryKey: mailKeys.list(filters),
    queryFn: ({ signal }) =>
      apiGet('/mail/outbox', OutboxListSchema, { query: { ...filters, limit: 50 }, signal }),
    staleTime: 5_000,
  });
}

export function useOutbox(filters: OutboxFilters) {
  return useSuspenseQuery(outboxQueryOptions(filters));
}
