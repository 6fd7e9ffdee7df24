// `pnpm db:migrate`: applies pending migrations to the configured database and exits.
import { runCli } from './run-cli';

await runCli('migrate', async ({ db, config, log }) => {
  const { prepareDatabase } = await import('../bootstrap');
  await prepareDatabase(db, config, log, { seed: false });
});
