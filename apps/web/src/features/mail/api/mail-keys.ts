import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';
import type { OutboxFilters } from './outbox-params';

/** Outbox query keys: under the staff root, so signing out removes them. */
export const mailKeys = {
  all: [STAFF_QUERY_ROOT, 'outbox'] as const,
  list: (filters: OutboxFilters) => [...mailKeys.all, 'list', filters] as const,
  one: (id: number) => [...mailKeys.all, 'one', id] as const,
};
