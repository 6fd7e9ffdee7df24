import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

const regionSelect = {
  _count: { select: { practices: { where: { status: { in: [...PUBLIC_STATUSES] } } } } },
  code: true,
  nameRu: true,
  nameEn: true,
  district: { select: { code: true, nameRu: true, nameEn: true, shortRu: true, sortOrder: true } },
} satisfies Prisma.RegionSelect;

export type RegionRow = Awaited<ReturnType<typeof findRegionByCode>> & {};

export function findRegions(prisma: PrismaClient, filter: { districtCode?: string | undefined }) {
  return prisma.region.findMany({
    select: regionSelect,
    where: filter.districtCode ? { districtCode: filter.districtCode } : {},
  });
}

export function findRegionByCode(prisma: PrismaClient, code: string) {
  return prisma.region.findUnique({ select: regionSelect, where: { code } });
}

export function districtExists(prisma: PrismaClient, code: string) {
  return prisma.federalDistrict.count({ where: { code } }).then((count) => count > 0);
}
