import type { PracticeStatus } from '@registry/contracts/practice-enums';
import { SubmissionListSchema, type SubmissionSummary } from '@registry/contracts/submissions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

/** GET /api/submissions: the practices the user manages (a coordinator's region, or all). */
export async function listSubmissions(
  statuses: readonly PracticeStatus[],
  signal?: AbortSignal,
): Promise<SubmissionSummary[]> {
  const { items } = await apiGet('/submissions', SubmissionListSchema, {
    query: { status: statuses },
    signal,
  });
  return items;
}

export function submissionsQueryOptions(statuses: readonly PracticeStatus[] = []) {
  return queryOptions({
    queryKey: submissionKeys.list(statuses),
    queryFn: ({ signal }) => listSubmissions(statuses, signal),
    staleTime: 5_000,
  });
}

export function useSubmissions(statuses: readonly PracticeStatus[] = []) {
  return useSuspenseQuery(submissionsQueryOptions(statuses));
}
