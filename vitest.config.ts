// Runs every workspace's vitest project. Database tests use in-memory PGlite, or the
// PostgreSQL server named by TEST_DATABASE_URL (see scripts/test.mjs).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
