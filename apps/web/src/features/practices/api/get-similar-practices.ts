import { type SimilarPractices, SimilarPracticesSchema } from '@registry/contracts/practices';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { practiceKeys } from './practice-keys';

/** GET /api/practices/:slug/similar: a few practices sharing the most themes and target groups. */
export function getSimilarPractices(slug: string, signal?: AbortSignal): Promise<SimilarPractices> {
  return apiGet(`/practices/${encodeURIComponent(slug)}/similar`, SimilarPracticesSchema, { signal });
}

export function similarPracticesQueryOptions(slug: string) {
  return queryOptions({
    queryKey: practiceKeys.similar(slug),
    queryFn: ({ signal }) => getSimilarPractices(slug, signal),
  });
}

export function useSimilarPractices(slug: string) {
  return useSuspenseQuery(similarPracticesQueryOptions(slug));
}
