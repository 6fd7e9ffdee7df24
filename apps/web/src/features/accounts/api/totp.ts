import { TotpSetupSchema, TotpStatusSchema } from '@registry/contracts/accounts';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';

/** POST /api/accounts/me/totp/setup: a new (pending) secret; 409 when TOTP is already on. */
export function useTotpSetup() {
  return useMutation({
    mutationFn: () => apiSend('POST', '/accounts/me/totp/setup', { schema: TotpSetupSchema }),
  });
}

/** POST /api/accounts/me/totp/enable or /disable with a current code from the app. */
export function useTotpToggle(action: 'enable' | 'disable') {
  return useMutation({
    mutationFn: (code: string) =>
      apiSend('POST', `/accounts/me/totp/${action}`, { body: { code }, schema: TotpStatusSchema }),
  });
}
