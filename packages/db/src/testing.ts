// Test databases: each call gives a fresh, isolated database. With TEST_DATABASE_URL (a
// PostgreSQL server) it creates a uniquely named database there and drops it on close;
// without it, an in-memory PGlite served on its own unix socket, exactly as in embedded mode.
// Inside a vitest run both start as a copy of a template made once per run (test-templates.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from './database';
import { startEmbeddedServer } from './embedded';
import {
  currentRun,
  databaseUrl,
  embeddedTemplate,
  prepare,
  serverTemplate,
  type TemplateKind,
} from './test-templates';

export interface TestDatabase extends Database {
  /** A connection URL (PostgreSQL) or null (embedded, in memory). */
  url: string | null;
}

export const testServerUrl = (): string | undefined => process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabaseOptions {
  /** false: an empty database, for tests of the migrator itself. */
  migrate?: boolean;
  /** Also the reference data (districts, regions, themes…), as the app seeds it at start. */
  referenceData?: boolean;
  /** PGlite even when TEST_DATABASE_URL names a server. */
  embedded?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const kind: TemplateKind =
    options.migrate === false ? 'empty' : options.referenceData ? 'reference' : 'migrated';
  const serverUrl = options.embedded ? undefined : testServerUrl();
  return serverUrl ? createServerDatabase(serverUrl, kind) : createEmbeddedDatabase(kind);
}

async function createServerDatabase(serverUrl: string, kind: TemplateKind): Promise<TestDatabase> {
  const run = currentRun();
  const template = run && kind !== 'empty' ? await serverTemplate(run, serverUrl, kind) : null;
  const name = `registry_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  await admin.end();
  const url = databaseUrl(serverUrl, name);
  const db = await openDatabase({ databaseUrl: url, dataDir: null, poolSize: 4 });
  if (!template) await prepareFromEmpty(db, kind);
  return {
    ...db,
    url,
    async close() {
      await db.close();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function createEmbeddedDatabase(kind: TemplateKind): Promise<TestDatabase> {
  const run = currentRun();
  const loadDataDir = run ? await embeddedTemplate(run, kind) : undefined;
  const db = await openDatabase({ databaseUrl: undefined, dataDir: null, loadDataDir });
  if (!run) await prepareFromEmpty(db, kind);
  return { ...db, url: null };
}

/** Outside a vitest run (no templates): migrate and seed this database itself. */
async function prepareFromEmpty(db: Database, kind: TemplateKind): Promise<void> {
  if (kind === 'empty') return;
  await prepare(db, 'migrated');
  if (kind === 'reference') await prepare(db, 'reference');
}

/** A scratch folder for an embedded store on disk, removed by the returned function. */
export function makeTempDir(prefix = 'registry-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export { startEmbeddedServer };
