// Prisma reads of the security log for the admins' page (the auth module writes it).
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

export const findEvents = (prisma: PrismaClient, filter: { kind?: string; email?: string; limit: number }) =>
  prisma.securityEvent.findMany({
    where: {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.email ? { email: filter.email } : {}),
    } satisfies Prisma.SecurityEventWhereInput,
    orderBy: { id: 'desc' },
    take: filter.limit,
    select: { id: true, at: true, kind: true, userId: true, email: true, ip: true, detail: true },
  });

export const findPeople = (prisma: PrismaClient, ids: number[]) =>
  prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });
