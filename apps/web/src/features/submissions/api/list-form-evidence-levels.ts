import { type EvidenceLevelList, EvidenceLevelListSchema } from '@registry/contracts/reference';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { formReferenceKeys } from './submission-keys';

/** GET /api/evidence-levels: the evidence scale with its definitions, strongest first. */
export function listFormEvidenceLevels(signal?: AbortSignal): Promise<EvidenceLevelList> {
  return apiGet('/evidence-levels', EvidenceLevelListSchema, { signal });
}

export function formEvidenceLevelsQueryOptions() {
  return queryOptions({
    queryKey: formReferenceKeys.evidenceLevels(),
    queryFn: ({ signal }) => listFormEvidenceLevels(signal),
    staleTime: 60 * 60_000,
  });
}
