// Prisma calls for signing in: the account as login sees it, the TOTP step claim and the role
// policy. Sessions, throttling counters and the security log have their own stores
// (sessions.ts, rate-limits.ts, security-log.ts).
import type { UserRole } from '@registry/contracts/auth';
import type { PrismaClient } from '@registry/db/generated/prisma/client';

export const findLoginUser = (prisma: PrismaClient, email: string) =>
  prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      passwordHash: true,
      totpSecret: true,
      totpLastStep: true,
      region: { select: { code: true, nameRu: true } },
    },
  });

export type LoginUser = NonNullable<Awaited<ReturnType<typeof findLoginUser>>>;

/** Claiming the step in the same statement that checks it stops two logins using one code. */
export async function claimTotpStep(prisma: PrismaClient, userId: number, step: number) {
  const { count } = await prisma.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Whether the role's policy makes a second factor mandatory. */
export async function isTotpRequired(prisma: PrismaClient, role: UserRole): Promise<boolean> {
  const policy = await prisma.rolePolicy.findUnique({ where: { role }, select: { totpRequired: true } });
  return policy?.totpRequired ?? false;
}
