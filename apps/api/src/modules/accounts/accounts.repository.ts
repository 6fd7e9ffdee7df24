// Prisma calls for the accounts list and account changes.
import type { Account } from '@registry/contracts/accounts';
import type { UserRole } from '@registry/contracts/auth';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

/** Built per query: an open reset is judged against the current time. */
const accountSelect = () =>
  ({
    id: true,
    email: true,
    name: true,
    role: true,
    status: true,
    regionCode: true,
    totpSecret: true,
    createdAt: true,
    region: { select: { code: true, nameRu: true } },
    // The newest open reset the person asked for themselves (staff-issued links have a creator).
    oneTimeTokens: {
      where: { purpose: 'password_reset', usedAt: null, createdById: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
      take: 1,
      select: { createdAt: true },
    },
  }) as const;

export const listAccounts = (prisma: PrismaClient) =>
  prisma.user.findMany({ orderBy: { id: 'asc' }, select: accountSelect() });

export const findAccount = (prisma: PrismaClient, id: number) =>
  prisma.user.findUnique({ where: { id }, select: accountSelect() });

export const updateAccount = (
  prisma: PrismaClient,
  id: number,
  data: { status: Account['status']; role: UserRole; regionCode: string | null },
) => prisma.user.update({ where: { id }, data, select: accountSelect() });

type Db = PrismaClient | Prisma.TransactionClient;

export const regionExists = async (prisma: PrismaClient, code: string) =>
  (await prisma.region.count({ where: { code } })) > 0;

/** The account with this e-mail, if any: just enough to say whether it is taken or pending. */
export const findUserByEmail = (prisma: PrismaClient, email: string) =>
  prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, status: true } });

/** Who an account is, as the invitation and reset rules judge it. */
export const findAccountBrief = (prisma: PrismaClient, id: number) =>
  prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, status: true },
  });

/** The account's address and password hash, to check a password given to change it. */
export const findCredentials = (prisma: PrismaClient, id: number) =>
  prisma.user.findUniqueOrThrow({ where: { id }, select: { email: true, passwordHash: true } });

export async function setPassword(db: Db, id: number, passwordHash: string, now = new Date()) {
  await db.user.update({
    where: { id },
    data: { passwordHash, passwordChangedAt: now },
    select: { id: true },
  });
}
