import {
  type ChangePasswordBody,
  PasswordResetAcceptedSchema,
  ResetLinkSchema,
  ResetLinkStateSchema,
} from '@registry/contracts/accounts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

/** POST /api/accounts/password-reset (202): the same answer whether or not the account exists. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      apiSend('POST', '/accounts/password-reset', { body: { email }, schema: PasswordResetAcceptedSchema }),
  });
}

/** GET /api/accounts/password-reset/:token: whether the link still works (it is not used up). */
export function resetLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: accountKeys.resetLink(token),
    queryFn: ({ signal }) =>
      apiGet(`/accounts/password-reset/${encodeURIComponent(token)}`, ResetLinkStateSchema, { signal }),
    retry: false,
    staleTime: 0,
  });
}

/** POST /api/accounts/password-reset/:token (204): a new password from a reset link. */
export function useResetPassword(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      apiSend('POST', `/accounts/password-reset/${encodeURIComponent(token)}`, { body: { password } }),
  });
}

/** POST /api/accounts/me/password (204): ends every session of the user, this one included. */
export function useChangePassword(onChanged: () => void | Promise<void>) {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiSend('POST', '/accounts/me/password', { body }),
    onSuccess: onChanged,
  });
}

/** POST /api/accounts/:id/password-reset-link (201): a one-hour link for staff to hand over. */
export function useIssueResetLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      apiSend('POST', `/accounts/${id}/password-reset-link`, { schema: ResetLinkSchema }),
    // The "asks for a reset" mark goes away with the new link.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}
