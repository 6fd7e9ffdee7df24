import { type AdoptionDashboard, AdoptionDashboardSchema } from '@registry/contracts/adoptions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { adoptionKeys } from './adoption-keys';

/** GET /api/adoptions: what the user's region adopts and who adopts its practices (all for moderators). */
export function listAdoptions(signal?: AbortSignal): Promise<AdoptionDashboard> {
  return apiGet('/adoptions', AdoptionDashboardSchema, { signal });
}

export function adoptionDashboardQueryOptions() {
  return queryOptions({
    queryKey: adoptionKeys.dashboard(),
    queryFn: ({ signal }) => listAdoptions(signal),
    staleTime: 5_000,
  });
}

export const useAdoptionDashboard = () => useSuspenseQuery(adoptionDashboardQueryOptions());
