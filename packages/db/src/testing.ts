// Test databases: each call gives a fresh, migrated, isolated database. With TEST_DATABASE_URL
// (a PostgreSQL server) it creates a uniquely named database there and drops it on close;
// without it, an in-memory PGlite served on its own unix socket, exactly as in embedded mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from './database';
import { startEmbeddedServer } from './embedded';
import { migrate } from './migrator';
import { defaultMigrationsDir } from './repo-root';

export interface TestDatabase extends Database {
  /** A connection URL (PostgreSQL) or null (embedded, in memory). */
  url: string | null;
}

export const testServerUrl = (): string | undefined => process.env.TEST_DATABASE_URL || undefined;

export async function createTestDatabase(
  options: { migrate?: boolean; embedded?: boolean } = {},
): Promise<TestDatabase> {
  const serverUrl = options.embedded ? undefined : testServerUrl();
  let db: Database;
  let url: string | null = null;
  let cleanup = async () => {};
  if (serverUrl) {
    const name = `registry_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    db = await openDatabase({ databaseUrl: url, dataDir: null, poolSize: 4 });
    cleanup = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    db = await openDatabase({ databaseUrl: undefined, dataDir: null });
  }
  if (options.migrate !== false) await migrate(db.pool, defaultMigrationsDir());
  return {
    ...db,
    url,
    async close() {
      await db.close();
      await cleanup();
    },
  };
}

/** A scratch folder for an embedded store on disk, removed by the returned function. */
export function makeTempDir(prefix = 'registry-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export { startEmbeddedServer };
