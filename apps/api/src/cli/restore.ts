// `pnpm db:restore <file> [--replace]`: loads a dump made by db:backup into the configured
// database (embedded or DATABASE_URL), e.g. to move from the embedded store to PostgreSQL.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RestoreError, restoreDatabase } from '@registry/db/backup';
import { CliError, runCli } from './run-cli';

await runCli('restore', async ({ db, config, log, args }) => {
  const replace = args.includes('--replace');
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new CliError('Usage: pnpm db:restore <file.sql> [--replace]');
  if (!existsSync(resolve(file))) throw new CliError(`No such file: ${file}`);
  try {
    const summary = await restoreDatabase(db.pool, resolve(file), {
      migrationsDir: config.migrationsDir,
      replace,
    });
    log.info(summary, `restored ${file}`);
  } catch (error) {
    if (error instanceof RestoreError) throw new CliError(error.message);
    throw error;
  }
});
