import { type VersionDiff, VersionDiffSchema } from '@registry/contracts/submissions';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

/** GET /api/submissions/:id/versions/:number/diff: fields changed from that version to the next. */
export function getVersionDiff(id: number, number: number, signal?: AbortSignal): Promise<VersionDiff> {
  return apiGet(`/submissions/${id}/versions/${number}/diff`, VersionDiffSchema, { signal });
}

export function versionDiffQueryOptions(id: number, number: number) {
  return queryOptions({
    queryKey: submissionKeys.versionDiff(id, number),
    queryFn: ({ signal }) => getVersionDiff(id, number, signal),
  });
}

/** Loads only once asked (`enabled`): a practice can have many versions. */
export function useVersionDiff(id: number, number: number, enabled: boolean) {
  return useQuery({ ...versionDiffQueryOptions(id, number), enabled });
}
