import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The workspace root (the folder with pnpm-workspace.yaml), found from this file's location,
 * so paths work the same from sources (tsx, vitest) and from the bundled server in dist/.
 */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

export const defaultMigrationsDir = (): string => join(findRepoRoot(), 'prisma', 'migrations');
