import type { PrismaClient } from '@registry/db/generated/prisma/client';

const regionSelect = {
  code: true,
  nameRu: true,
  nameEn: true,
  district: { select: { code: true, nameRu: true, nameEn: true, shortRu: true, sortOrder: true } },
} as const;

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
