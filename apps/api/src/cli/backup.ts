// `pnpm db:backup [file]`: writes a plain SQL dump of all data (default backups/registry-<time>.sql).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { backupDatabase } from '@registry/db/backup';
import { findRepoRoot } from '@registry/db/repo-root';
import { runCli } from './run-cli';

await runCli('backup', async ({ db, log, args }) => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = args[0] ? resolve(args[0]) : join(findRepoRoot(), 'backups', `registry-${stamp}.sql`);
  mkdirSync(dirname(file), { recursive: true });
  const summary = await backupDatabase(db.pool, file);
  log.info(summary, `backup written to ${file}`);
});
