import { STAFF_QUERY_ROOT } from '../../../lib/staff-keys';

/** Accounts query keys: staff data lives under the staff root, so signing out removes it. */
export const accountKeys = {
  invitation: (token: string) => ['invitations', token] as const,
  resetLink: (token: string) => ['reset-links', token] as const,
  all: [STAFF_QUERY_ROOT, 'accounts'] as const,
  list: () => [...accountKeys.all, 'list'] as const,
  policies: () => [...accountKeys.all, 'policies'] as const,
  totp: () => [...accountKeys.all, 'totp'] as const,
};
