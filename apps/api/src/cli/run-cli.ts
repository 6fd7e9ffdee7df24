// Shared frame of the database commands: load config, open the database, run, close, and
// turn expected failures into one clear line and exit code 1.
import type { Database } from '@registry/db/database';
import { pino } from 'pino';
import { describeTarget, openConfiguredDatabase, StartupError } from '../bootstrap';
import { type AppConfig, ConfigError, loadConfig } from '../config/env';

export interface CliContext {
  db: Database;
  config: AppConfig;
  log: pino.Logger;
  args: string[];
}

export async function runCli(name: string, body: (context: CliContext) => Promise<void>): Promise<void> {
  let db: Database | undefined;
  try {
    const config = loadConfig();
    const log = pino({ level: config.logLevel === 'info' ? 'info' : config.logLevel, base: null, name });
    log.info(`database: ${describeTarget(config)}`);
    db = await openConfiguredDatabase(config);
    await body({ db, config, log, args: process.argv.slice(2) });
    await db.close();
  } catch (error) {
    await db?.close().catch(() => {});
    if (error instanceof ConfigError || error instanceof StartupError || error instanceof CliError) {
      console.error(`\n✖ ${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}

/** A usage or input error of a command, printed without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}
