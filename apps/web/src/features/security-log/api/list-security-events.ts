import { type SecurityEvent, SecurityEventListSchema } from '@registry/contracts/auth';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { SECURITY_LOG_LIMIT, type SecurityLogFilters } from '../lib/security-log-params';
import { securityLogKeys } from './security-log-keys';

/** GET /api/admin/security-events, newest first; admins only (401/403 throw ApiError). */
export async function listSecurityEvents(
  filters: SecurityLogFilters,
  signal?: AbortSignal,
): Promise<SecurityEvent[]> {
  const { items } = await apiGet('/admin/security-events', SecurityEventListSchema, {
    query: { ...filters, limit: SECURITY_LOG_LIMIT },
    signal,
  });
  return items;
}

export function securityEventsQueryOptions(filters: SecurityLogFilters) {
  return queryOptions({
    queryKey: securityLogKeys.list(filters),
    queryFn: ({ signal }) => listSecurityEvents(filters, signal),
    // The log grows all the time; a few seconds only spare the back-and-forth between filters.
    staleTime: 5_000,
  });
}

/** Suspends until the entries are loaded; the route loader usually has them cached already. */
export function useSecurityEvents(filters: SecurityLogFilters) {
  return useSuspenseQuery(securityEventsQueryOptions(filters));
}
