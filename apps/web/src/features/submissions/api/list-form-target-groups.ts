import { type ReferenceList, ReferenceListSchema } from '@registry/contracts/reference';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { formReferenceKeys } from './submission-keys';

/** GET /api/target-groups: who a practice can be for. */
export function listFormTargetGroups(signal?: AbortSignal): Promise<ReferenceList> {
  return apiGet('/target-groups', ReferenceListSchema, { signal });
}

export function formTargetGroupsQueryOptions() {
  return queryOptions({
    queryKey: formReferenceKeys.targetGroups(),
    queryFn: ({ signal }) => listFormTargetGroups(signal),
    staleTime: 60 * 60_000,
  });
}
