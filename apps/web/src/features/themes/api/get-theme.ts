import { type ReferenceItem, ReferenceItemSchema } from '@registry/contracts/reference';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { themeKeys } from './theme-keys';

/** GET /api/themes/:code; an unknown code throws ApiError 404, a malformed one 400. */
export function getTheme(code: string, signal?: AbortSignal): Promise<ReferenceItem> {
  return apiGet(`/themes/${encodeURIComponent(code)}`, ReferenceItemSchema, { signal });
}

export function themeQueryOptions(code: string) {
  return queryOptions({
    queryKey: themeKeys.detail(code),
    queryFn: ({ signal }) => getTheme(code, signal),
  });
}

export function useTheme(code: string) {
  return useSuspenseQuery(themeQueryOptions(code));
}
