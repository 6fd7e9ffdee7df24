import { type OpenDataDictionary, OpenDataDictionarySchema } from '@registry/contracts/open-data';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const openDataKeys = { dictionary: () => ['open-data', 'dictionary'] as const };

/** GET /api/open-data/dictionary: columns, types, allowed values, licence and update date. */
export function getDictionary(signal?: AbortSignal): Promise<OpenDataDictionary> {
  return apiGet('/open-data/dictionary', OpenDataDictionarySchema, { signal });
}

export function dictionaryQueryOptions() {
  return queryOptions({
    queryKey: openDataKeys.dictionary(),
    queryFn: ({ signal }) => getDictionary(signal),
  });
}

export function useDictionary() {
  return useSuspenseQuery(dictionaryQueryOptions());
}
