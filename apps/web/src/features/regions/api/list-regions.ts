import { type ListRegionsQuery, type RegionList, RegionListSchema } from '@registry/contracts/regions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { regionKeys } from './region-keys';

/** GET /api/regions: all regions (or one district's), ordered by district then name. */
export function listRegions(query: ListRegionsQuery = {}, signal?: AbortSignal): Promise<RegionList> {
  return apiGet('/regions', RegionListSchema, { query, signal });
}

export function regionsQueryOptions(query: ListRegionsQuery = {}) {
  return queryOptions({
    queryKey: regionKeys.list(query),
    queryFn: ({ signal }) => listRegions(query, signal),
    // The list of federal subjects is a reference book that changes once in years.
    staleTime: 60 * 60_000,
  });
}

/** Suspends until the list is loaded; route loaders usually have it cached already. */
export function useRegions(query: ListRegionsQuery = {}) {
  return useSuspenseQuery(regionsQueryOptions(query));
}
