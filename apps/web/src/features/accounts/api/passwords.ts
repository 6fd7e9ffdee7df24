import { type ChangePasswordBody, PasswordResetAcceptedSchema } from '@registry/contracts/accounts';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';

/** POST /api/accounts/password-reset (202): the same answer whether or not the account exists. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      apiSend('POST', '/accounts/password-reset', { body: { email }, schema: PasswordResetAcceptedSchema }),
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
