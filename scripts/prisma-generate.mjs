// Runs `prisma generate` without network access. Prisma's CLI wants a schema-engine binary
// to exist even though the `prisma-client` generator never calls it; it downloads one unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file. We point it at node itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync('pnpm', ['exec', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
