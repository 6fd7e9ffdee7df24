// Prisma calls for invited accounts: created without a password, activated by their link,
// removed when the invitation is withdrawn.
import type { UserRole } from '@registry/contracts/auth';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

export const createInvitedUser = (
  tx: Prisma.TransactionClient,
  data: { email: string; name: string; role: UserRole; regionCode: string | null },
) =>
  tx.user.create({
    data: { ...data, status: 'invited' },
    select: { id: true, email: true, name: true, role: true },
  });

/** Sets the password and activates the account, only if it is still invited; false otherwise. */
export async function activateInvitedUser(tx: Prisma.TransactionClient, id: number, passwordHash: string) {
  const { count } = await tx.user.updateMany({
    where: { id, status: 'invited' },
    data: { passwordHash, passwordChangedAt: new Date(), status: 'active' },
  });
  return count === 1;
}

/** Removes the account, only if it is still invited; false otherwise. */
export async function deleteInvitedUser(prisma: PrismaClient, id: number) {
  const { count } = await prisma.user.deleteMany({ where: { id, status: 'invited' } });
  return count === 1;
}
