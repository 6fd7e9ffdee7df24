import { type Adoption, AdoptionSchema } from '@registry/contracts/adoptions';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { adoptionKeys } from './adoption-keys';

/** GET /api/adoptions/:id: one adoption with its contact. */
export function getAdoption(id: number, signal?: AbortSignal): Promise<Adoption> {
  return apiGet(`/adoptions/${id}`, AdoptionSchema, { signal });
}

export function adoptionQueryOptions(id: number) {
  return queryOptions({
    queryKey: adoptionKeys.detail(id),
    queryFn: ({ signal }) => getAdoption(id, signal),
    staleTime: 5_000,
  });
}

export const useAdoption = (id: number) => useSuspenseQuery(adoptionQueryOptions(id));
