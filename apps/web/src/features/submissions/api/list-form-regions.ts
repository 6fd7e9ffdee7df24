import { type RegionList, RegionListSchema } from '@registry/contracts/regions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { formReferenceKeys } from './submission-keys';

/** GET /api/regions: where a moderator may create a practice. */
export function listFormRegions(signal?: AbortSignal): Promise<RegionList> {
  return apiGet('/regions', RegionListSchema, { signal });
}

export function formRegionsQueryOptions() {
  return queryOptions({
    queryKey: formReferenceKeys.regions(),
    queryFn: ({ signal }) => listFormRegions(signal),
    staleTime: 60 * 60_000,
  });
}

/** Not suspending: only moderators and admins need the list, for the «Создать практику» form. */
export function useFormRegions(enabled: boolean) {
  return useQuery({ ...formRegionsQueryOptions(), enabled });
}
