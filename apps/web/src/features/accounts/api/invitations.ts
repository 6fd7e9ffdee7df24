import {
  type CreateInvitationBody,
  type Invitation,
  type InvitationCreated,
  InvitationCreatedSchema,
  InvitationSchema,
} from '@registry/contracts/accounts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

/** GET /api/accounts/invitations/:token: whom the invitation is for; 404 and 410 throw ApiError. */
export function getInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  return apiGet(`/accounts/invitations/${encodeURIComponent(token)}`, InvitationSchema, { signal });
}

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: accountKeys.invitation(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: 60_000,
  });
}

/** POST /api/accounts/invitations/:token/accept (204): sets the password; no session needed. */
export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      apiSend('POST', `/accounts/invitations/${encodeURIComponent(token)}/accept`, { body: { password } }),
  });
}

/** POST /api/accounts/invitations (201): the new account and the link to hand over. */
export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody): Promise<InvitationCreated> =>
      apiSend('POST', '/accounts/invitations', { body, schema: InvitationCreatedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}

/** POST /api/accounts/:id/invitation (201): a new link for a pending invitation; the old one dies. */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number): Promise<InvitationCreated> =>
      apiSend('POST', `/accounts/${id}/invitation`, { schema: InvitationCreatedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}

/** DELETE /api/accounts/:id/invitation (204): the invited account and its links are removed. */
export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend('DELETE', `/accounts/${id}/invitation`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}
