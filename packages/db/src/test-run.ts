// Vitest global setup of the db and api projects: one scratch folder and one id per test run,
// which the workers use to share the templates test databases are copied from (testing.ts).
// Both projects name this file; the run is made once per vitest process all the same, and
// removed (folder and PostgreSQL template databases) after the last project is done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export interface TestRun {
  /** Names this run's template databases on a PostgreSQL server shared with other runs. */
  id: string;
  /** A folder shared by the run's workers: PGlite templates and the locks that make them once. */
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    registryTestRun: TestRun;
  }
}

/** The prefix of a run's template databases, dropped with the run. */
export const templatePrefix = (run: TestRun): string => `registry_template_${run.id}_`;

interface Shared {
  run: TestRun;
  users: number;
}
const shared = globalThis as { registryTestRun?: Shared };

export default function setup(project: TestProject): () => Promise<void> {
  shared.registryTestRun ??= {
    run: {
      id: `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      dir: mkdtempSync(join(tmpdir(), 'registry-test-run-')),
    },
    users: 0,
  };
  const current = shared.registryTestRun;
  current.users += 1;
  project.provide('registryTestRun', current.run);
  return async () => {
    current.users -= 1;
    if (current.users > 0) return;
    shared.registryTestRun = undefined;
    rmSync(current.run.dir, { recursive: true, force: true });
    await dropServerTemplates(current.run);
  };
}

async function dropServerTemplates(run: TestRun): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [templatePrefix(run)],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } catch (error) {
    // The run's verdict stands; a template left behind only takes space.
    console.warn(`could not drop the test run's template databases: ${(error as Error).message}`);
  } finally {
    await admin.end().catch(() => {});
  }
}
