import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** Public adoption lists (per practice, per region) and, under the staff root, the dashboard. */
export const adoptionKeys = {
  all: ['adoptions'] as const,
  practice: (slug: string) => [...adoptionKeys.all, 'practice', slug] as const,
  region: (code: string) => [...adoptionKeys.all, 'region', code] as const,
  staff: [STAFF_QUERY_ROOT, 'adoptions'] as const,
  dashboard: () => [...adoptionKeys.staff, 'dashboard'] as const,
  detail: (id: number) => [...adoptionKeys.staff, 'detail', id] as const,
};
