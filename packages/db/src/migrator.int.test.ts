import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MigrationError, migrate, readMigrations } from './migrator';
import { defaultMigrationsDir } from './repo-root';
import { createTestDatabase, makeTempDir, type TestDatabase } from './testing';

describe('migrator', () => {
  let db: TestDatabase;
  let temp: ReturnType<typeof makeTempDir>;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase({ migrate: false });
    temp = makeTempDir('migrations-');
    dir = join(temp.dir, 'migrations');
    cpSync(defaultMigrationsDir(), dir, { recursive: true });
  });
  afterEach(async () => {
    await db.close();
    temp.remove();
  });

  const addMigration = (name: string, sql: string) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  };

  it('applies every migration once and records it the way Prisma Migrate does', async () => {
    const files = readMigrations(dir);
    expect(await migrate(db.pool, dir)).toEqual(files.map((file) => file.name));
    const { rows } = await db.pool.query(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('is a no-op when run again', async () => {
    await migrate(db.pool, dir);
    expect(await migrate(db.pool, dir)).toEqual([]);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM _prisma_migrations');
    expect(rows[0].n).toBe(readMigrations(dir).length);
  });

  it('applies only the new migration after an upgrade', async () => {
    await migrate(db.pool, dir);
    addMigration('29990101000000_add_note', 'CREATE TABLE "notes" ("id" INTEGER PRIMARY KEY);');
    expect(await migrate(db.pool, dir)).toEqual(['29990101000000_add_note']);
  });

  it('refuses to start when an applied migration file was changed', async () => {
    await migrate(db.pool, dir);
    const first = readMigrations(dir)[0];
    if (!first) throw new Error('no migrations');
    writeFileSync(join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await expect(migrate(db.pool, dir)).rejects.toThrow(MigrationError);
    await expect(migrate(db.pool, dir)).rejects.toThrow(/was modified after it was applied/);
  });

  it('rolls a failing migration back completely and records nothing', async () => {
    await migrate(db.pool, dir);
    addMigration('29990101000000_broken', 'CREATE TABLE "half" ("id" INTEGER);\nSELECT no_such_function();');
    await expect(migrate(db.pool, dir)).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const half = await db.pool.query("SELECT to_regclass('half') AS t");
    expect(half.rows[0].t).toBeNull();
    const recorded = await db.pool.query(
      "SELECT count(*)::int AS n FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'",
    );
    expect(recorded.rows[0].n).toBe(0);
  });

  it('refuses a database that has migrations this build does not know', async () => {
    addMigration('29990101000000_future', 'SELECT 1;');
    await migrate(db.pool, dir);
    temp.remove();
    cpSync(defaultMigrationsDir(), dir, { recursive: true });
    await expect(migrate(db.pool, dir)).rejects.toThrow(/missing from prisma\/migrations/);
  });
});
