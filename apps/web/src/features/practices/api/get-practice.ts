import { type PracticePassport, PracticePassportSchema } from '@registry/contracts/practices';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { practiceKeys } from './practice-keys';

/** GET /api/practices/:slug; a practice that is not public throws ApiError 404, a malformed slug 400. */
export function getPractice(slug: string, signal?: AbortSignal): Promise<PracticePassport> {
  return apiGet(`/practices/${encodeURIComponent(slug)}`, PracticePassportSchema, { signal });
}

export function practiceQueryOptions(slug: string) {
  return queryOptions({
    queryKey: practiceKeys.detail(slug),
    queryFn: ({ signal }) => getPractice(slug, signal),
  });
}

/** Suspends until the passport is loaded; the route loader usually has it cached already. */
export function usePractice(slug: string) {
  return useSuspenseQuery(practiceQueryOptions(slug));
}
