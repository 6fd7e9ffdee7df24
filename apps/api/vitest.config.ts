import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Names the run whose templates test databases are copied from (packages/db/src/test-templates.ts).
    globalSetup: ['../../packages/db/src/test-run.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
