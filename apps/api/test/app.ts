// Builds the real application on a fresh, migrated, seeded test database (in-memory PGlite,
// or PostgreSQL with TEST_DATABASE_URL). One per test file, so files never share state.
import { createTestDatabase, type TestDatabase } from '@registry/db/testing';
import { type App, buildApp } from '../src/app';
import { loadConfig, type MaterialsS3Config } from '../src/config/env';

export interface TestApp {
  app: App;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * `webDistDir`: a folder with an index.html, to test how pages (not the API) are served;
 * `sitemapLimit`: addresses per sitemap file, lowered to see the split without 50,000 records;
 * `materialsS3`: an object store (started by the test) for material files.
 */
export async function createTestApp(
  options: { webDistDir?: string; sitemapLimit?: number; materialsS3?: MaterialsS3Config } = {},
): Promise<TestApp> {
  const db = await createTestDatabase({ referenceData: true });
  const config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
    ...(options.materialsS3 ? { materialsS3: options.materialsS3 } : {}),
  };
  // TEST_LOG=error shows what the server logs, e.g. the cause of a 500.
  const logger = process.env.TEST_LOG ? { level: process.env.TEST_LOG } : false;
  const app = await buildApp({
    config,
    db,
    catalogueVersionTtlMs: 0,
    logger,
    ...(options.sitemapLimit ? { sitemapLimit: options.sitemapLimit } : {}),
  });
  await app.ready();
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
