// Reference data every installation needs. Idempotent: re-running updates names in place and
// never duplicates a row, so it runs on every start.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { loadCatalogueSeed, loadRegionSeed } from './reference-data';
import { seedGlossary } from './seed-glossary';

export interface SeedSummary {
  federalDistricts: number;
  regions: number;
  themes: number;
  targetGroups: number;
  evidenceLevels: number;
  glossaryEntries: number;
}

export async function seedReferenceData(prisma: PrismaClient): Promise<SeedSummary> {
  const { federalDistricts, regions } = loadRegionSeed();
  const { themes, targetGroups, evidenceLevels } = loadCatalogueSeed();
  await prisma.$transaction(
    [
      ...federalDistricts.map(({ code, ...data }) =>
        prisma.federalDistrict.upsert({ where: { code }, create: { code, ...data }, update: data }),
      ),
      ...regions.map(({ code, ...data }) =>
        prisma.region.upsert({ where: { code }, create: { code, ...data }, update: data }),
      ),
      ...themes.map(({ code, ...data }) =>
        prisma.theme.upsert({ where: { code }, create: { code, ...data }, update: data }),
      ),
      ...targetGroups.map(({ code, ...data }) =>
        prisma.targetGroup.upsert({ where: { code }, create: { code, ...data }, update: data }),
      ),
      // Signs pagination cursors; made once per installation and shared by all processes.
      prisma.appSetting.upsert({
        where: { key: 'cursor_secret' },
        create: { key: 'cursor_secret', value: randomBytes(32).toString('base64url') },
        update: {},
      }),
      ...evidenceLevels.map(({ code, ...data }) =>
        prisma.evidenceLevel.upsert({ where: { code }, create: { code, ...data }, update: data }),
      ),
    ],
    // ~130 statements over one embedded connection: on a busy machine they outlast Prisma's
    // default 5 s transaction timeout, which would stop the server from starting.
    { timeout: 60_000, maxWait: 30_000 },
  );
  const glossaryEntries = await seedGlossary(prisma);
  return {
    federalDistricts: federalDistricts.length,
    regions: regions.length,
    themes: themes.length,
    targetGroups: targetGroups.length,
    evidenceLevels: evidenceLevels.length,
    glossaryEntries,
  };
}
