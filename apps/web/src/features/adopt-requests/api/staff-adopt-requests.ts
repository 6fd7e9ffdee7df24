import {
  type AdoptRequestList,
  AdoptRequestListSchema,
  AdoptRequestSchema,
  type AdoptRequestStatus,
} from '@registry/contracts/adopt-requests';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { adoptRequestKeys } from './adopt-request-keys';

/** GET /api/adopt-requests: the caller's region's requests (every region's for moderators). */
export const adoptRequestsQueryOptions = () =>
  queryOptions({
    queryKey: adoptRequestKeys.staff,
    queryFn: ({ signal }): Promise<AdoptRequestList> =>
      apiGet('/adopt-requests', AdoptRequestListSchema, { signal }),
  });

export const useAdoptRequests = () => useSuspenseQuery(adoptRequestsQueryOptions());

function useRefreshing<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adoptRequestKeys.staff }),
  });
}

/** PATCH /api/adopt-requests/:id. */
export const useSetAdoptRequestStatus = (id: number) =>
  useRefreshing((status: AdoptRequestStatus) =>
    apiSend('PATCH', `/adopt-requests/${id}`, { body: { status }, schema: AdoptRequestSchema }),
  );

/** POST /api/adopt-requests/:id/replies. */
export const useReplyToAdoptRequest = (id: number) =>
  useRefreshing((body: { body: string }) =>
    apiSend('POST', `/adopt-requests/${id}/replies`, { body, schema: AdoptRequestSchema }),
  );

/** DELETE /api/adopt-requests/:id. */
export const useDeleteAdoptRequest = (id: number) =>
  useRefreshing(() => apiSend('DELETE', `/adopt-requests/${id}`));
