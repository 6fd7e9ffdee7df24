import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Names the run whose templates test databases are copied from (packages/db/src/test-templates.ts).
    globalSetup: ['../../packages/db/src/test-run.ts'],
    // Files of one worker share loaded modules instead of importing the whole app again each:
    // the API's files halve their CPU time so (docs/testing.md). Each file still builds its own
    // app on its own database, and nothing in the app keeps state at module level.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
