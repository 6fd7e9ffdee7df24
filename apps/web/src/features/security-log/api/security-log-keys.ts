import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';
import type { SecurityLogFilters } from '../lib/security-log-params';

/** Security log query keys: under the staff root, so signing out removes them. */
export const securityLogKeys = {
  all: [STAFF_QUERY_ROOT, 'security-events'] as const,
  list: (filters: SecurityLogFilters) => [...securityLogKeys.all, filters] as const,
};
