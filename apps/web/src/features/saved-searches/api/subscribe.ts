import {
  type SavedSearchQueryInput,
  SavedSearchSchema,
  type StaffSubscribeBody,
  SubscribeAcceptedSchema,
  type SubscribeBody,
} from '@registry/contracts/saved-searches';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { savedSearchKeys } from './saved-search-keys';

/** POST /api/saved-searches (202): the same answer whether or not the address is known. */
export function useSubscribe() {
  return useMutation({
    mutationFn: (body: SubscribeBody) =>
      apiSend('POST', '/saved-searches', { body, schema: SubscribeAcceptedSchema }),
  });
}

/** POST /api/saved-searches/mine (201): a staff member's own e-mail, confirmed at once. */
export function useSubscribeMine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffSubscribeBody & { search: SavedSearchQueryInput }) =>
      apiSend('POST', '/saved-searches/mine', { body, schema: SavedSearchSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchKeys.mine() }),
  });
}
