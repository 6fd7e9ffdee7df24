// Account rows as the API answers them.
import type { Account } from '@registry/contracts/accounts';
import type { UserRole } from '@registry/contracts/auth';

export type AccountRow = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  status: Account['status'];
  totpSecret: string | null;
  createdAt: Date;
  region: { code: string; nameRu: string } | null;
  oneTimeTokens: { createdAt: Date }[];
};

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  region: row.region,
  status: row.status,
  totpEnabled: row.totpSecret !== null,
  createdAt: row.createdAt.toISOString(),
  resetRequestedAt: row.oneTimeTokens[0]?.createdAt.toISOString() ?? null,
});
