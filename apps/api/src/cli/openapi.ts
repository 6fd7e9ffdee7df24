// `pnpm openapi [file]`: writes the OpenAPI document (default .reports/openapi.json) without a
// server or a configured database: the app is built on a throwaway in-memory database, as a
// client generator or `pnpm openapi:lint` (Spectral) needs only the document.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findRepoRoot } from '@registry/db/repo-root';
import { createTestDatabase } from '@registry/db/testing';
import { buildApp } from '../app';
import { loadConfig } from '../config/env';

const file = resolve(process.argv[2] ?? `${findRepoRoot()}/.reports/openapi.json`);
const db = await createTestDatabase({ embedded: true, referenceData: false });
try {
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production' }), db });
  await app.ready();
  mkdirSync(dirname(file), { recursive: true });
  // The document as served, not app.swagger(): /api/openapi.json leaves unused components out.
  const served = await app.inject({ url: '/api/openapi.json', headers: { host: 'localhost:3000' } });
  writeFileSync(file, `${JSON.stringify(served.json(), null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI document written to ${file}`);
} finally {
  await db.close();
}
