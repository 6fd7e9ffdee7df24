// A staff member's subscriptions: those of their account's e-mail.
import { MySavedSearchesSchema, type SavedSearchFrequency } from '@registry/contracts/saved-searches';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { savedSearchKeys } from './saved-search-keys';

/** GET /api/saved-searches/mine. */
export function mySavedSearchesQueryOptions() {
  return queryOptions({
    queryKey: savedSearchKeys.mine(),
    queryFn: ({ signal }) => apiGet('/saved-searches/mine', MySavedSearchesSchema, { signal }),
  });
}

/** PATCH /api/saved-searches/mine/:id. */
export function useUpdateMySavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, frequency }: { id: number; frequency: SavedSearchFrequency }) =>
      apiSend('PATCH', `/saved-searches/mine/${id}`, { body: { frequency } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchKeys.mine() }),
  });
}

/** DELETE /api/saved-searches/mine/:id (204). */
export function useDeleteMySavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend('DELETE', `/saved-searches/mine/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchKeys.mine() }),
  });
}
