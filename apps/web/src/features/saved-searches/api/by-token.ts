// The subscription a message's link opens: read, confirm, change, unsubscribe — the token is the
// only credential.
import { type SavedSearchFrequency, SavedSearchSchema } from '@registry/contracts/saved-searches';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { savedSearchKeys } from './saved-search-keys';

const path = (token: string) => `/saved-searches/by-token/${encodeURIComponent(token)}`;

/** GET /api/saved-searches/by-token/:token. */
export function savedSearchByTokenQueryOptions(token: string) {
  return queryOptions({
    queryKey: savedSearchKeys.byToken(token),
    queryFn: ({ signal }) => apiGet(path(token), SavedSearchSchema, { signal }),
    retry: false,
    staleTime: 0,
  });
}

/** POST …/confirm: double opt-in's second step. */
export function useConfirmSavedSearch(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', `${path(token)}/confirm`, { schema: SavedSearchSchema }),
    onSuccess: (data) => queryClient.setQueryData(savedSearchKeys.byToken(token), data),
  });
}

/** PATCH: how often the digest may come. */
export function useUpdateSavedSearch(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (frequency: SavedSearchFrequency) =>
      apiSend('PATCH', path(token), { body: { frequency }, schema: SavedSearchSchema }),
    onSuccess: (data) => queryClient.setQueryData(savedSearchKeys.byToken(token), data),
  });
}

/** DELETE (204): the subscription and its e-mail are deleted. */
export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('DELETE', path(token)),
    onSuccess: () => queryClient.removeQueries({ queryKey: savedSearchKeys.byToken(token) }),
  });
}
