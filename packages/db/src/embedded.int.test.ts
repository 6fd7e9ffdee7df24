import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError } from './data-dir-lock';
import { openDatabase } from './database';
import { startEmbeddedServer } from './embedded';
import { migrate } from './migrator';
import { defaultMigrationsDir } from './repo-root';
import { makeTempDir } from './testing';

describe('embedded store', () => {
  const temp = makeTempDir('embedded-');
  afterEach(() => temp.remove());

  it('keeps committed writes across a close and reopen', async () => {
    const dataDir = join(temp.dir, 'data');
    const first = await openDatabase({ dataDir });
    await migrate(first.pool, defaultMigrationsDir());
    await first.prisma.federalDistrict.create({
      data: { code: 'kept', nameRu: 'Сохранённый', nameEn: 'Kept', shortRu: 'С', sortOrder: 1 },
    });
    await first.close();

    const second = await openDatabase({ dataDir });
    const row = await second.prisma.federalDistrict.findUnique({ where: { code: 'kept' } });
    await second.close();
    expect(row?.nameRu).toBe('Сохранённый');
  });

  it('starts over a socket file left behind by a killed process', async () => {
    const dataDir = join(temp.dir, 'data');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, '.s.PGSQL.5432'), '');
    const server = await startEmbeddedServer({ dataDir });
    await server.stop();
  });

  it('refuses a second opening of the same data folder while the first is open', async () => {
    const dataDir = join(temp.dir, 'data');
    const server = await startEmbeddedServer({ dataDir });
    try {
      await expect(startEmbeddedServer({ dataDir })).rejects.toThrow(DataDirLockedError);
      await expect(startEmbeddedServer({ dataDir })).rejects.toThrow(/already in use by process/);
    } finally {
      await server.stop();
    }
    // Released on stop: opening again works.
    const again = await startEmbeddedServer({ dataDir });
    await again.stop();
  });

  it('runs a transaction on its single connection while other queries wait their turn', async () => {
    const db = await openDatabase({ dataDir: null });
    try {
      await migrate(db.pool, defaultMigrationsDir());
      const outside = Promise.all(
        Array.from({ length: 5 }, (_, i) => db.prisma.federalDistrict.count({ where: { sortOrder: i } })),
      );
      const inside = db.prisma.$transaction(async (tx) => {
        await tx.federalDistrict.create({
          data: { code: 'tx', nameRu: 'Т', nameEn: 'T', shortRu: 'Т', sortOrder: 7 },
        });
        return tx.federalDistrict.count();
      });
      const [counts, countInside] = await Promise.all([outside, inside]);
      expect(counts).toHaveLength(5);
      expect(countInside).toBe(1);
    } finally {
      await db.close();
    }
  });
});
