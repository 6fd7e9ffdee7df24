import {
  type Account,
  AccountListSchema,
  AccountSchema,
  type RolePolicy,
  RolePolicyListSchema,
  RolePolicySchema,
  type StaffRole,
  type UpdateAccountBody,
} from '@registry/contracts/accounts';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

/** GET /api/accounts (admins, moderators). */
export function accountsQueryOptions() {
  return queryOptions({
    queryKey: accountKeys.list(),
    queryFn: async ({ signal }): Promise<Account[]> =>
      (await apiGet('/accounts', AccountListSchema, { signal })).items,
    staleTime: 10_000,
  });
}

export const useAccounts = () => useSuspenseQuery(accountsQueryOptions());

/** GET /api/accounts/policies (admins): one entry per staff role. */
export function policiesQueryOptions() {
  return queryOptions({
    queryKey: accountKeys.policies(),
    queryFn: async ({ signal }): Promise<RolePolicy[]> =>
      (await apiGet('/accounts/policies', RolePolicyListSchema, { signal })).items,
  });
}

export const usePolicies = () => useSuspenseQuery(policiesQueryOptions());

/** PATCH /api/accounts/:id: enable or disable (admins also change role and region). */
export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateAccountBody }) =>
      apiSend('PATCH', `/accounts/${id}`, { body, schema: AccountSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.list() }),
  });
}

/** PUT /api/accounts/policies/:role (admins). */
export function useUpdatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ role, totpRequired }: { role: StaffRole; totpRequired: boolean }) =>
      apiSend('PUT', `/accounts/policies/${role}`, { body: { totpRequired }, schema: RolePolicySchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.policies() }),
  });
}
