import { type PracticeAdoptions, PracticeAdoptionsSchema } from '@registry/contracts/adoptions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { adoptionKeys } from './adoption-keys';

/** GET /api/practices/:slug/adoptions: regions adopting a public practice. */
export function getPracticeAdoptions(slug: string, signal?: AbortSignal): Promise<PracticeAdoptions> {
  return apiGet(`/practices/${encodeURIComponent(slug)}/adoptions`, PracticeAdoptionsSchema, { signal });
}

export function practiceAdoptionsQueryOptions(slug: string) {
  return queryOptions({
    queryKey: adoptionKeys.practice(slug),
    queryFn: ({ signal }) => getPracticeAdoptions(slug, signal),
    staleTime: 30_000,
  });
}

export const usePracticeAdoptions = (slug: string) => useSuspenseQuery(practiceAdoptionsQueryOptions(slug));
