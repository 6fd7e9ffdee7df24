// Templates test databases are copied from, so that a test file pays for a copy instead of
// initdb, every migration and the reference seed. Made on first use, once per test run (the
// global setup in test-run.ts names the run), each from the one before:
//   empty      a fresh cluster (PGlite only: its initdb is what a fresh database costs there)
//   migrated   every migration applied
//   reference  migrated, with the reference data seeded (what every app test starts from)
// PostgreSQL copies a template database (CREATE DATABASE … TEMPLATE); PGlite loads a dump of a
// data folder (`loadDataDir`). The first worker to need a template makes it while the others
// wait on a lock in the run's folder.
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from './database';
import { migrate } from './migrator';
import { defaultMigrationsDir } from './repo-root';
import { seedReferenceData } from './seed/seed-reference';
import { type TestRun, templatePrefix } from './test-run';

export type TemplateKind = 'empty' | 'migrated' | 'reference';

/** Brings a database of the kind before `kind` up to `kind`. */
export async function prepare(db: Database, kind: TemplateKind): Promise<void> {
  if (kind === 'migrated') await migrate(db.pool, defaultMigrationsDir());
  if (kind === 'reference') await seedReferenceData(db.prisma);
}

const previous = { empty: null, migrated: 'empty', reference: 'migrated' } as const;

/** The run this worker belongs to, or null outside a vitest run with the global setup. */
export function currentRun(): TestRun | null {
  try {
    return inject('registryTestRun') ?? null;
  } catch {
    return null;
  }
}

const loaded = new Map<string, Promise<Blob>>();

/** A dump of a PGlite data folder of this kind (read once per worker). */
export function embeddedTemplate(run: TestRun, kind: TemplateKind): Promise<Blob> {
  const file = join(run.dir, `pglite-${kind}.tar`);
  let blob = loaded.get(file);
  if (!blob) {
    blob = makeEmbeddedTemplate(run, kind, file).then(() => new Blob([readFileSync(file)]));
    loaded.set(file, blob);
  }
  return blob;
}

async function makeEmbeddedTemplate(run: TestRun, kind: TemplateKind, file: string): Promise<void> {
  await once(file, async () => {
    const base = previous[kind];
    const db = await openDatabase({
      dataDir: null,
      loadDataDir: base ? await embeddedTemplate(run, base) : undefined,
    });
    try {
      await prepare(db, kind);
      const dump = await (db.embedded as NonNullable<Database['embedded']>).dumpDataDir();
      return Buffer.from(await dump.arrayBuffer());
    } finally {
      await db.close();
    }
  });
}

/** The name of a template database of this kind on the server. */
export async function serverTemplate(
  run: TestRun,
  serverUrl: string,
  kind: 'migrated' | 'reference',
): Promise<string> {
  const name = `${templatePrefix(run)}${kind}`;
  await once(join(run.dir, `server-${kind}.done`), async () => {
    const base = previous[kind];
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      // Left by a worker that died while making it.
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      const from = base === 'empty' ? '' : ` TEMPLATE "${await serverTemplate(run, serverUrl, base)}"`;
      await admin.query(`CREATE DATABASE "${name}"${from}`);
    } finally {
      await admin.end();
    }
    const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name), dataDir: null, poolSize: 1 });
    try {
      await prepare(db, kind);
    } finally {
      // A template must have no connections left when it is copied.
      await db.close();
    }
    return Buffer.from(name);
  });
  return name;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Writes `file` with what `make` returns, exactly once across the run's workers: the first one
 * takes the lock (a folder: mkdir either makes it or fails) while the others wait for the file.
 */
async function once(file: string, make: () => Promise<Buffer>): Promise<void> {
  const lock = `${file}.lock`;
  const started = Date.now();
  while (!existsSync(file)) {
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - started > 300_000) throw new Error(`timed out waiting for ${file}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    try {
      if (!existsSync(file)) {
        writeFileSync(`${file}.tmp`, await make());
        renameSync(`${file}.tmp`, file);
      }
    } finally {
      rmdirSync(lock);
    }
  }
}
