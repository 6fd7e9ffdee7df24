import {
  AdoptRequestFormSchema,
  AdoptRequestReceivedSchema,
  type CreateAdoptRequestBody,
} from '@registry/contracts/adopt-requests';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { adoptRequestKeys } from './adopt-request-keys';

/** GET /api/practices/:slug/adopt-requests/form: the signed moment the form was given out. */
export function adoptRequestFormQueryOptions(slug: string) {
  return queryOptions({
    queryKey: adoptRequestKeys.form(slug),
    queryFn: ({ signal }) =>
      apiGet(`/practices/${encodeURIComponent(slug)}/adopt-requests/form`, AdoptRequestFormSchema, {
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const useAdoptRequestForm = (slug: string) => useQuery(adoptRequestFormQueryOptions(slug));

/** POST /api/practices/:slug/adopt-requests. */
export function useSendAdoptRequest(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAdoptRequestBody) =>
      apiSend('POST', `/practices/${encodeURIComponent(slug)}/adopt-requests`, {
        body,
        schema: AdoptRequestReceivedSchema,
      }),
    // A stale form gets a fresh token, so that sending again works.
    onError: () => queryClient.invalidateQueries({ queryKey: adoptRequestKeys.form(slug) }),
  });
}
