import { PracticeHistorySchema } from '@registry/contracts/submissions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiGet } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

export type PracticeEvent = z.infer<typeof PracticeHistorySchema>['items'][number];

/** GET /api/submissions/:id/history: who moved the practice, when and why, oldest first as sent. */
export async function getSubmissionHistory(id: number, signal?: AbortSignal): Promise<PracticeEvent[]> {
  const { items } = await apiGet(`/submissions/${id}/history`, PracticeHistorySchema, { signal });
  return items;
}

export function submissionHistoryQueryOptions(id: number) {
  return queryOptions({
    queryKey: submissionKeys.history(id),
    queryFn: ({ signal }) => getSubmissionHistory(id, signal),
    staleTime: 0,
  });
}

export function useSubmissionHistory(id: number) {
  return useSuspenseQuery(submissionHistoryQueryOptions(id));
}
