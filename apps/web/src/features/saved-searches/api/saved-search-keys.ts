import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** Query keys of saved searches; a staff member's own list sits under the staff root. */
export const savedSearchKeys = {
  byToken: (token: string) => ['saved-searches', 'by-token', token] as const,
  mine: () => [STAFF_QUERY_ROOT, 'saved-searches', 'mine'] as const,
};
