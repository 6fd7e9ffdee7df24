import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'db',
    include: ['src/**/*.test.ts'],
    // Names the run whose templates test databases are copied from (src/test-templates.ts).
    globalSetup: ['src/test-run.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
