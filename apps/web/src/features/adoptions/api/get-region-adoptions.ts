import { type RegionAdoptions, RegionAdoptionsSchema } from '@registry/contracts/adoptions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { adoptionKeys } from './adoption-keys';

/** GET /api/regions/:code/adoptions: what the region shares and what it adopts. */
export function getRegionAdoptions(code: string, signal?: AbortSignal): Promise<RegionAdoptions> {
  return apiGet(`/regions/${encodeURIComponent(code)}/adoptions`, RegionAdoptionsSchema, { signal });
}

export function regionAdoptionsQueryOptions(code: string) {
  return queryOptions({
    queryKey: adoptionKeys.region(code),
    queryFn: ({ signal }) => getRegionAdoptions(code, signal),
    staleTime: 30_000,
  });
}

export const useRegionAdoptions = (code: string) => useSuspenseQuery(regionAdoptionsQueryOptions(code));
