import type { Region, RegionList } from '@registry/contracts/regions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { districtExists, findRegionByCode, findRegions, type RegionRow } from './regions.repository';

const russian = new Intl.Collator('ru');

function toRegion({ district, _count, ...region }: NonNullable<RegionRow>): Region {
  const { sortOrder: _sortOrder, ...publicDistrict } = district;
  return { ...region, district: publicDistrict, practiceCount: _count.practices };
}

/** Regions grouped by district order, alphabetical (Russian collation) inside a district. */
export async function listRegions(
  prisma: PrismaClient,
  query: { district?: string | undefined },
): Promise<RegionList> {
  const rows = await findRegions(prisma, { districtCode: query.district });
  if (query.district && rows.length === 0 && !(await districtExists(prisma, query.district))) {
    throw new AppError('UNKNOWN_DISTRICT', {
      status: 400,
      detail: `Нет федерального округа с кодом «${query.district}»`,
      errors: [{ field: 'query.district', message: 'Неизвестный код федерального округа' }],
    });
  }
  rows.sort((a, b) => a.district.sortOrder - b.district.sortOrder || russian.compare(a.nameRu, b.nameRu));
  return { items: rows.map(toRegion) };
}

export async function getRegion(prisma: PrismaClient, code: string): Promise<Region> {
  const row = await findRegionByCode(prisma, code);
  if (!row) {
    throw new AppError('REGION_NOT_FOUND', { status: 404, detail: `Регион с кодом ${code} не найден` });
  }
  return toRegion(row);
}
