// What the declaration form needs to know besides the adoption: the practice's title and region
// (the list of regions for moderators comes from lib/reference-queries.ts).
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client';
import { adoptionKeys } from './adoption-keys';

const PracticeHeadSchema = z.object({
  slug: z.string(),
  title: z.string(),
  region: z.object({ code: z.string(), nameRu: z.string() }),
});

/** The public passport's head (GET /api/practices/:slug, other fields dropped). */
export function practiceHeadQueryOptions(slug: string) {
  return queryOptions({
    queryKey: [...adoptionKeys.all, 'practice-head', slug] as const,
    queryFn: ({ signal }) => apiGet(`/practices/${encodeURIComponent(slug)}`, PracticeHeadSchema, { signal }),
    staleTime: 60_000,
  });
}

export const usePracticeHead = (slug: string) => useSuspenseQuery(practiceHeadQueryOptions(slug));
