import { type PracticeMaterials, PracticeMaterialsSchema } from '@registry/contracts/materials';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { materialKeys } from './material-keys';

/** GET /api/practices/:slug/materials: the files of a public passport. */
export function getPracticeMaterials(slug: string, signal?: AbortSignal): Promise<PracticeMaterials> {
  return apiGet(`/practices/${encodeURIComponent(slug)}/materials`, PracticeMaterialsSchema, { signal });
}

export function practiceMaterialsQueryOptions(slug: string) {
  return queryOptions({
    queryKey: materialKeys.practice(slug),
    queryFn: ({ signal }) => getPracticeMaterials(slug, signal),
    staleTime: 30_000,
  });
}

export const usePracticeMaterials = (slug: string) => useSuspenseQuery(practiceMaterialsQueryOptions(slug));
