import { type ManagedPractice, ManagedPracticeSchema } from '@registry/contracts/submissions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

/** GET /api/submissions/:id: the practice with its draft passport, what is missing and who may act. */
export function getSubmission(id: number, signal?: AbortSignal): Promise<ManagedPractice> {
  return apiGet(`/submissions/${id}`, ManagedPracticeSchema, { signal });
}

export function submissionQueryOptions(id: number) {
  return queryOptions({
    queryKey: submissionKeys.detail(id),
    queryFn: ({ signal }) => getSubmission(id, signal),
    staleTime: 0,
  });
}

export function useSubmission(id: number) {
  return useSuspenseQuery(submissionQueryOptions(id));
}
