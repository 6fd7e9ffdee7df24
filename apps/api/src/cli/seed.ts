// `pnpm db:seed`: applies migrations, then (re)seeds reference data. Idempotent.
import { runCli } from './run-cli';

await runCli('seed', async ({ db, config, log }) => {
  const { prepareDatabase } = await import('../bootstrap');
  await prepareDatabase(db, config, log, { seed: true });
});
