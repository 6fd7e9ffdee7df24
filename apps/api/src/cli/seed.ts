// `pnpm db:seed [--synthetic N]`: applies migrations, (re)seeds reference data, seeds demo
// practices into an empty catalogue (unless SEED_DEMO=false), and with --synthetic writes N
// synthetic practices for benchmarks.
import { generateSyntheticPractices } from '@registry/db/seed/synthetic';
import { CliError, runCli } from './run-cli';

await runCli('seed', async ({ db, config, log, args }) => {
  const { prepareDatabase } = await import('../bootstrap');
  const flag = args.indexOf('--synthetic');
  const count = flag >= 0 ? Number(args[flag + 1]) : 0;
  if (flag >= 0 && !(Number.isInteger(count) && count > 0 && count <= 1_000_000)) {
    throw new CliError('Usage: pnpm db:seed [--synthetic N]  (N from 1 to 1000000)');
  }
  await prepareDatabase(db, config, log, { seed: true });
  if (count > 0) {
    const result = await generateSyntheticPractices(db.pool, count);
    log.info(result, `wrote ${result.written} synthetic practices in ${(result.ms / 1000).toFixed(1)} s`);
  }
});
