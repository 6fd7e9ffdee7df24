import { type Region, RegionSchema } from '@registry/contracts/regions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { regionKeys } from './region-keys';

/** GET /api/regions/:code; an unknown code throws ApiError 404, a malformed one 400. */
export function getRegion(code: string, signal?: AbortSignal): Promise<Region> {
  return apiGet(`/regions/${encodeURIComponent(code)}`, RegionSchema, { signal });
}

export function regionQueryOptions(code: string) {
  return queryOptions({
    queryKey: regionKeys.detail(code),
    queryFn: ({ signal }) => getRegion(code, signal),
    staleTime: 60 * 60_000,
  });
}

/** Suspends until the region is loaded; the route loader usually has it cached already. */
export function useRegion(code: string) {
  return useSuspenseQuery(regionQueryOptions(code));
}
