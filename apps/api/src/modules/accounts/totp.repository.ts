// Prisma calls for an account's second factor and the role policies that may require it.
import type { StaffRole } from '@registry/contracts/accounts';
import type { PrismaClient } from '@registry/db/generated/prisma/client';

export const findTotpState = (prisma: PrismaClient, id: number) =>
  prisma.user.findUniqueOrThrow({
    where: { id },
    select: { email: true, totpSecret: true, totpPendingSecret: true, totpLastStep: true },
  });

export async function setPendingTotp(prisma: PrismaClient, id: number, secret: string) {
  await prisma.user.update({ where: { id }, data: { totpPendingSecret: secret }, select: { id: true } });
}

/** The pending secret becomes the account's, with the step its first code used. */
export async function confirmTotp(prisma: PrismaClient, id: number, secret: string, step: number) {
  await prisma.user.update({
    where: { id },
    data: { totpSecret: secret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step },
    select: { id: true },
  });
}

export async function clearTotp(prisma: PrismaClient, id: number) {
  await prisma.user.update({
    where: { id },
    data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    select: { id: true },
  });
}

export const listRolePolicies = (prisma: PrismaClient) =>
  prisma.rolePolicy.findMany({ select: { role: true, totpRequired: true } });

export async function saveRolePolicy(prisma: PrismaClient, role: StaffRole, totpRequired: boolean) {
  await prisma.rolePolicy.upsert({
    where: { role },
    create: { role, totpRequired },
    update: { totpRequired },
    select: { role: true },
  });
}
