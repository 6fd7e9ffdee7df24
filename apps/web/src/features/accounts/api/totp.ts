import { TotpSetupSchema, TotpStateSchema, TotpStatusSchema } from '@registry/contracts/accounts';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

/** GET /api/accounts/me/totp: is sign-in with a code on, and does the role require it. */
export function totpStateQueryOptions() {
  return queryOptions({
    queryKey: accountKeys.totp(),
    queryFn: ({ signal }) => apiGet('/accounts/me/totp', TotpStateSchema, { signal }),
  });
}

export const useTotpState = () => useSuspenseQuery(totpStateQueryOptions());

/** POST /api/accounts/me/totp/setup: a new (pending) secret; 409 when TOTP is already on. */
export function useTotpSetup() {
  return useMutation({
    mutationFn: () => apiSend('POST', '/accounts/me/totp/setup', { schema: TotpSetupSchema }),
  });
}

/** POST /api/accounts/me/totp/enable or /disable with a current code from the app. */
export function useTotpToggle(action: 'enable' | 'disable') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiSend('POST', `/accounts/me/totp/${action}`, { body: { code }, schema: TotpStatusSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.totp() }),
  });
}
