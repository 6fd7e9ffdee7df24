import { type ReferenceList, ReferenceListSchema } from '@registry/contracts/reference';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { formReferenceKeys } from './submission-keys';

/** GET /api/themes: the themes a practice can be filed under. */
export function listFormThemes(signal?: AbortSignal): Promise<ReferenceList> {
  return apiGet('/themes', ReferenceListSchema, { signal });
}

export function formThemesQueryOptions() {
  return queryOptions({
    queryKey: formReferenceKeys.themes(),
    queryFn: ({ signal }) => listFormThemes(signal),
    staleTime: 60 * 60_000,
  });
}
