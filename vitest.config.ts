// Runs every workspace's vitest project. Database tests use in-memory PGlite, or the
// PostgreSQL server named by TEST_DATABASE_URL (see scripts/test.mjs and docs/testing.md).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
    // Files run side by side, each on a database of its own. Vitest's default (cores − 1) would
    // run them one at a time on a 2-core machine.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
