import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, RestoreError, restoreDatabase } from './backup';
import { defaultMigrationsDir } from './repo-root';
import { createTestDatabase, makeTempDir, type TestDatabase } from './testing';

describe('backup and restore', () => {
  const temp = makeTempDir('backup-');
  let source: TestDatabase;
  let target: TestDatabase;
  const file = join(temp.dir, 'dump.sql');

  beforeAll(async () => {
    // From the embedded store to whatever the run targets (PostgreSQL when TEST_DATABASE_URL is set).
    source = await createTestDatabase({ embedded: true, referenceData: true });
    // A name with quotes, dollar signs and a newline survives the trip.
    await source.prisma.federalDistrict.create({
      data: {
        code: 'odd',
        nameRu: 'Округ «$registry$»\n"кавычки"',
        nameEn: "O'Dd",
        shortRu: 'О',
        sortOrder: 42,
      },
    });
    target = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await source.close();
    await target.close();
    temp.remove();
  });

  it('writes a plain SQL dump with the migrations it was taken at', async () => {
    const summary = await backupDatabase(source.pool, file);
    expect(summary.rows).toBeGreaterThan(8 + 89 + 1);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('-- practice-registry-dump 1');
    expect(text).toMatch(/^-- migrations: \d{14}_regions/m);
    expect(text).toContain('json_populate_recordset');
  });

  it('restores it into an empty database with every row intact', async () => {
    await restoreDatabase(target.pool, file, { migrationsDir: defaultMigrationsDir() });
    expect(await target.prisma.region.count()).toBe(89);
    const odd = await target.prisma.federalDistrict.findUnique({ where: { code: 'odd' } });
    expect(odd).toEqual({
      code: 'odd',
      nameRu: 'Округ «$registry$»\n"кавычки"',
      nameEn: "O'Dd",
      shortRu: 'О',
      sortOrder: 42,
    });
  });

  it('refuses a file that is not a dump', async () => {
    const bogus = join(temp.dir, 'bogus.sql');
    (await import('node:fs')).writeFileSync(bogus, 'DROP TABLE regions;\n');
    await expect(
      restoreDatabase(target.pool, bogus, { migrationsDir: defaultMigrationsDir() }),
    ).rejects.toThrow(RestoreError);
    expect(await target.prisma.region.count()).toBe(89);
  });
});
