// A logical backup as plain SQL that both stores (PGlite and PostgreSQL) read back, so a user
// can move from the embedded store to a server. One statement per line; data is carried as
// JSON and turned back into rows by json_populate_recordset, which keeps every type exact.

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Pool, PoolClient } from 'pg';
import { MigrationError, migrate, readMigrations } from './migrator';

const FORMAT = 'practice-registry-dump 1';
const BATCH_ROWS = 500;
/** Tables filled by migrations or on every start: a target holding only these counts as empty. */
const REFERENCE_TABLES = new Set([
  'federal_districts',
  'regions',
  'themes',
  'target_groups',
  'evidence_levels',
  'app_settings',
  'rubrics',
  'rubric_criteria',
]);

/** Derived data, rebuilt from the other tables: never dumped (its transaction ids mean nothing elsewhere). */
const DERIVED_TABLES = new Set(['catalogue_changes', 'catalogue_search']);

interface TableInfo {
  name: string;
  /** Columns that take values (generated columns are recomputed by the database). */
  columns: string[];
  serialColumns: string[];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Application tables in an order where every table comes after the tables it references. */
async function listTables(client: PoolClient): Promise<TableInfo[]> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('_prisma_migrations', ${[...DERIVED_TABLES].map((t) => `'${t}'`).join(', ')})
      ORDER BY table_name`,
  );
  const columns = await client.query<{ table_name: string; column_name: string; serial: boolean }>(
    `SELECT table_name, column_name,
            pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL AS serial
       FROM information_schema.columns
      WHERE table_schema = 'public' AND is_generated = 'NEVER'
      ORDER BY table_name, ordinal_position`,
  );
  const deps = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, '');
  const parents = new Map<string, Set<string>>();
  for (const { child, parent } of deps.rows) {
    if (child === parent) continue;
    const set = parents.get(unquote(child)) ?? new Set();
    set.add(unquote(parent));
    parents.set(unquote(child), set);
  }
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, path);
    ordered.push(name);
  };
  for (const { name } of tables.rows) visit(name, new Set());
  return ordered.map((name) => {
    const own = columns.rows.filter((row) => row.table_name === name);
    return {
      name,
      columns: own.map((row) => row.column_name),
      serialColumns: own.filter((row) => row.serial).map((row) => row.column_name),
    };
  });
}

function dollarQuote(text: string): string {
  let tag = 'registry';
  while (text.includes(`$${tag}$`)) tag = `registry${Math.random().toString(36).slice(2, 8)}`;
  return `$${tag}$${text}$${tag}$`;
}

/** Writes a consistent snapshot of all application data to `file`. */
export async function backupDatabase(pool: Pool, file: string): Promise<{ tables: number; rows: number }> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const client = await pool.connect();
  let rows = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const tables = await listTables(client);
    await write(`-- ${FORMAT}`);
    await write(`-- created: ${new Date().toISOString()}`);
    await write(`-- migrations: ${migrations.rows.map((row) => row.migration_name).join(' ')}`);
    await write('-- Restore with `pnpm db:restore <file>` (it applies these migrations first).');
    await write('BEGIN;');
    for (const table of tables) {
      const list = table.columns.map(ident).join(', ');
      await write(`-- table ${table.name}`);
      for (let offset = 0; ; offset += BATCH_ROWS) {
        const batch = await client.query<{ data: unknown[] | null }>(
          `SELECT json_agg(t) AS data FROM (SELECT ${list} FROM ${ident(table.name)} ORDER BY ctid LIMIT ${BATCH_ROWS} OFFSET ${offset}) t`,
        );
        const data = batch.rows[0]?.data;
        if (!data || data.length === 0) break;
        rows += data.length;
        await write(
          `INSERT INTO ${ident(table.name)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${ident(table.name)}, ${dollarQuote(JSON.stringify(data))});`,
        );
        if (data.length < BATCH_ROWS) break;
      }
      for (const column of table.serialColumns) {
        await write(
          `SELECT setval(pg_get_serial_sequence('${ident(table.name)}', '${column}'), COALESCE((SELECT max(${ident(column)}) FROM ${ident(table.name)}), 0) + 1, false);`,
        );
      }
    }
    await write('COMMIT;');
    await client.query('COMMIT');
    return { tables: tables.length, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
    out.end();
    await once(out, 'finish');
  }
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/**
 * Restores a dump into `pool`'s database: applies the dump's migrations, replaces the data of
 * every table in one transaction, then applies any newer migrations of this build.
 * Refuses a target that already holds user data unless `replace` is set.
 */
export async function restoreDatabase(
  pool: Pool,
  file: string,
  options: { migrationsDir: string; replace?: boolean },
): Promise<{ statements: number }> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const header = (await iterator.next()).value as string | undefined;
  if (header !== `-- ${FORMAT}`)
    throw new RestoreError(`${file} is not a Practice Registry dump (${FORMAT}).`);
  let migrationNames: string[] = [];
  const body: string[] = [];
  for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
    if (line.startsWith('-- migrations:'))
      migrationNames = line.slice('-- migrations:'.length).trim().split(/\s+/).filter(Boolean);
    else if (line && !line.startsWith('--') && line !== 'BEGIN;' && line !== 'COMMIT;') body.push(line);
  }

  const known = new Set(readMigrations(options.migrationsDir).map((migration) => migration.name));
  const unknown = migrationNames.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new RestoreError(
      `The dump comes from a newer version (unknown migrations: ${unknown.join(', ')}).`,
    );
  }
  try {
    await migrate(pool, options.migrationsDir, { only: new Set(migrationNames) });
  } catch (error) {
    if (error instanceof MigrationError)
      throw new RestoreError(`Cannot prepare the schema of the dump: ${error.message}`);
    throw error;
  }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Triggers that derive rows from others (a kept version's materials) stand aside: the dump
    // already holds what they would write.
    await client.query("SET LOCAL registry.restoring = 'on'");
    const tables = await listTables(client);
    const withData = [];
    for (const table of tables) {
      if (REFERENCE_TABLES.has(table.name)) continue;
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${ident(table.name)}) AS any`);
      if (rows[0]?.any) withData.push(table.name);
    }
    if (withData.length > 0 && !options.replace) {
      throw new RestoreError(
        `The target database already holds data (${withData.join(', ')}). Run again with --replace to overwrite it.`,
      );
    }
    await client.query(`TRUNCATE ${tables.map((table) => ident(table.name)).join(', ')} CASCADE`);
    for (const statement of body) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  await migrate(pool, options.migrationsDir);
  return { statements: body.length };
}
