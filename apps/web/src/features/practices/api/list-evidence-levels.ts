import { type EvidenceLevelList, EvidenceLevelListSchema } from '@registry/contracts/reference';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { practiceKeys } from './practice-keys';

/** GET /api/evidence-levels: the evidence scale, strongest first, with public definitions. */
export function listEvidenceLevels(signal?: AbortSignal): Promise<EvidenceLevelList> {
  return apiGet('/evidence-levels', EvidenceLevelListSchema, { signal });
}

export function evidenceLevelsQueryOptions() {
  return queryOptions({
    queryKey: practiceKeys.evidenceLevels(),
    queryFn: ({ signal }) => listEvidenceLevels(signal),
    // A reference scale: it changes with a methodology, not with the data.
    staleTime: 60 * 60_000,
  });
}

/** Not suspending: the definitions are a hint next to the filter, the catalogue works without them. */
export function useEvidenceLevels() {
  return useQuery(evidenceLevelsQueryOptions());
}
