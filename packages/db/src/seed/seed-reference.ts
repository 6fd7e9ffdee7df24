// Reference data every installation needs. Idempotent: re-running updates names in place and
// never duplicates a row, so it runs on every start.
import type { PrismaClient } from '../generated/prisma/client';
import { loadRegionSeed } from './reference-data';

export interface SeedSummary {
  federalDistricts: number;
  regions: number;
}

export async function seedReferenceData(prisma: PrismaClient): Promise<SeedSummary> {
  const { federalDistricts, regions } = loadRegionSeed();
  await prisma.$transaction([
    ...federalDistricts.map(({ code, ...data }) =>
      prisma.federalDistrict.upsert({ where: { code }, create: { code, ...data }, update: data }),
    ),
    ...regions.map(({ code, ...data }) =>
      prisma.region.upsert({ where: { code }, create: { code, ...data }, update: data }),
    ),
  ]);
  return { federalDistricts: federalDistricts.length, regions: regions.length };
}
