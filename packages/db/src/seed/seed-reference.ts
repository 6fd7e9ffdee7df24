// Reference data every installation needs. Runs on every start, so it must be cheap and must
// not need a long transaction: a checksum of the reference files is kept in app_settings and
// nothing is written while it matches; otherwise each table is brought up to date by one
// multi-row `INSERT … ON CONFLICT DO UPDATE` (idempotent, so an interrupted run is simply
// repeated at the next start), and the checksum is written last.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { loadCatalogueSeed, loadRegionSeed } from './reference-data';
import { seedGlossary } from './seed-glossary';

export interface SeedSummary {
  federalDistricts: number;
  regions: number;
  themes: number;
  targetGroups: number;
  evidenceLevels: number;
  /** Glossary entries added (only on the first start: moderators own the glossary afterwards). */
  glossaryEntries: number;
  /** False when the stored checksum matched and nothing was written. */
  changed: boolean;
}

export const REFERENCE_CHECKSUM_KEY = 'reference_data_checksum';

type Row = Record<string, string | number>;

/** One statement per table: insert new codes, update the rest in place. */
function upsertAll(prisma: PrismaClient, table: string, columns: Record<string, string>, rows: Row[]) {
  if (rows.length === 0) return Promise.resolve(0);
  const fields = Object.keys(columns);
  const params: (string | number)[] = [];
  const values = rows.map(
    (row) =>
      `(${fields
        .map((field) => {
          params.push(row[field] as string | number);
          return `$${params.length}`;
        })
        .join(', ')})`,
  );
  const names = fields.map((field) => `"${columns[field]}"`);
  const updates = names.filter((name) => name !== '"code"').map((name) => `${name} = EXCLUDED.${name}`);
  return prisma.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.join(', ')}) VALUES ${values.join(', ')}
     ON CONFLICT ("code") DO UPDATE SET ${updates.join(', ')}`,
    ...params,
  );
}

export async function seedReferenceData(prisma: PrismaClient): Promise<SeedSummary> {
  const regionSeed = loadRegionSeed();
  const catalogueSeed = loadCatalogueSeed();
  const { federalDistricts, regions } = regionSeed;
  const { themes, targetGroups, evidenceLevels } = catalogueSeed;
  const summary = {
    federalDistricts: federalDistricts.length,
    regions: regions.length,
    themes: themes.length,
    targetGroups: targetGroups.length,
    evidenceLevels: evidenceLevels.length,
  };
  const checksum = createHash('sha256')
    .update(JSON.stringify([regionSeed, catalogueSeed]))
    .digest('hex');

  // Signs pagination cursors; made once per installation and shared by all processes.
  await prisma.$executeRaw`
    INSERT INTO app_settings (key, value) VALUES ('cursor_secret', ${randomBytes(32).toString('base64url')})
    ON CONFLICT (key) DO NOTHING`;
  const stored = await prisma.appSetting.findUnique({
    where: { key: REFERENCE_CHECKSUM_KEY },
    select: { value: true },
  });
  const glossaryEntries = await seedGlossary(prisma);
  if (stored?.value === checksum) return { ...summary, glossaryEntries, changed: false };

  const named = { code: 'code', nameRu: 'name_ru', nameEn: 'name_en', sortOrder: 'sort_order' };
  await upsertAll(
    prisma,
    'federal_districts',
    { ...named, shortRu: 'short_ru' },
    federalDistricts as unknown as Row[],
  );
  await upsertAll(
    prisma,
    'regions',
    {
      code: 'code',
      nameRu: 'name_ru',
      nameEn: 'name_en',
      districtCode: 'district_code',
      capitalRu: 'capital_ru',
    },
    regions as unknown as Row[],
  );
  await upsertAll(prisma, 'themes', named, themes as unknown as Row[]);
  await upsertAll(prisma, 'target_groups', named, targetGroups as unknown as Row[]);
  await upsertAll(
    prisma,
    'evidence_levels',
    {
      code: 'code',
      rank: 'rank',
      nameRu: 'name_ru',
      nameEn: 'name_en',
      descriptionRu: 'description_ru',
      descriptionEn: 'description_en',
    },
    evidenceLevels as unknown as Row[],
  );
  await prisma.appSetting.upsert({
    where: { key: REFERENCE_CHECKSUM_KEY },
    create: { key: REFERENCE_CHECKSUM_KEY, value: checksum },
    update: { value: checksum },
    select: { key: true },
  });
  return { ...summary, glossaryEntries, changed: true };
}
