// Start-up steps shared by the server and the CLI: open the configured database, apply
// pending migrations, seed reference data. Expected failures become one clear message.

import { DataDirLockedError } from '@registry/db/data-dir-lock';
import type { Database } from '@registry/db/database';
import { openDatabase } from '@registry/db/database';
import { MigrationError, migrate } from '@registry/db/migrator';
import { seedDemoPractices } from '@registry/db/seed/seed-demo';
import { seedDemoAdoptions } from '@registry/db/seed/seed-demo-adoptions';
import { seedDemoContests } from '@registry/db/seed/seed-demo-contests';
import { seedReferenceData } from '@registry/db/seed/seed-reference';
import type { Logger } from 'pino';
import type { AppConfig } from './config/env';

export class StartupError extends Error {
  override name = 'StartupError';
}

export function openConfiguredDatabase(config: AppConfig): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  }).catch((error: unknown) => {
    if (error instanceof DataDirLockedError) throw new StartupError(error.message);
    if (config.databaseUrl) {
      throw new StartupError(`Cannot connect to the database at DATABASE_URL: ${(error as Error).message}`);
    }
    throw error;
  });
}

/** Applies pending migrations and (unless told not to) seeds reference data. */
export async function prepareDatabase(
  db: Database,
  config: AppConfig,
  log: Logger,
  options = { seed: true },
) {
  try {
    const applied = await migrate(db.pool, config.migrationsDir);
    if (applied.length > 0) log.info({ applied }, `applied ${applied.length} migration(s)`);
    else log.info('database schema is up to date');
  } catch (error) {
    if (error instanceof MigrationError) throw new StartupError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') {
      throw new StartupError(`Cannot connect to the database: ${(error as Error).message}`);
    }
    throw error;
  }
  if (options.seed) {
    let summary: Awaited<ReturnType<typeof seedReferenceData>>;
    try {
      summary = await seedReferenceData(db.prisma);
    } catch (error) {
      throw new StartupError(
        `Cannot write the reference data (regions, themes) to the database: ${(error as Error).message}. ` +
          'Check that the database is reachable and writable (free disk space, permissions), then start again.',
      );
    }
    log.info(summary, summary.changed ? 'reference data seeded' : 'reference data is up to date');
    if (config.seedDemo) {
      const demo = await seedDemoPractices(db.prisma);
      if (demo > 0) log.info(`seeded ${demo} demo practices (SEED_DEMO=false skips them)`);
      const contests = await seedDemoContests(db.prisma);
      if (contests > 0) log.info(`seeded ${contests} demo contest(s)`);
      const adoptions = await seedDemoAdoptions(db.prisma);
      if (adoptions > 0) log.info(`seeded ${adoptions} demo adoptions`);
    }
  }
}

export function describeTarget(config: AppConfig): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
