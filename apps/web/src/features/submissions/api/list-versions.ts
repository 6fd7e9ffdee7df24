import { PracticeVersionListSchema } from '@registry/contracts/submissions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiGet } from '../../../lib/api-client';
import { submissionKeys } from './submission-keys';

export type PracticeVersionSummary = z.infer<typeof PracticeVersionListSchema>['items'][number];

/** GET /api/submissions/:id/versions: earlier passports of a published practice, oldest first. */
export async function listVersions(id: number, signal?: AbortSignal): Promise<PracticeVersionSummary[]> {
  const { items } = await apiGet(`/submissions/${id}/versions`, PracticeVersionListSchema, { signal });
  return items;
}

export function versionsQueryOptions(id: number) {
  return queryOptions({
    queryKey: submissionKeys.versions(id),
    queryFn: ({ signal }) => listVersions(id, signal),
    staleTime: 0,
  });
}

export function useVersions(id: number) {
  return useSuspenseQuery(versionsQueryOptions(id));
}
