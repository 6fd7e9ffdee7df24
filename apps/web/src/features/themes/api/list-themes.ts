import { type ReferenceList, ReferenceListSchema } from '@registry/contracts/reference';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { themeKeys } from './theme-keys';

/** GET /api/themes: every theme with how many public practices carry it. */
export function listThemes(signal?: AbortSignal): Promise<ReferenceList> {
  return apiGet('/themes', ReferenceListSchema, { signal });
}

export function themesQueryOptions() {
  return queryOptions({
    queryKey: themeKeys.list(),
    queryFn: ({ signal }) => listThemes(signal),
  });
}

export function useThemes() {
  return useSuspenseQuery(themesQueryOptions());
}
