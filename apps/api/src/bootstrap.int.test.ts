import { createTestDatabase, type TestDatabase } from '@registry/db/testing';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase, StartupError } from './bootstrap';
import { loadConfig } from './config/env';

describe('preparing the database at start-up', () => {
  let db: TestDatabase | undefined;
  afterEach(() => db?.close());
  const config = { ...loadConfig({ NODE_ENV: 'test' }), seedDemo: false };
  const log = pino({ level: 'silent' });

  it('starts twice on one store, the second time without rewriting the reference data', async () => {
    db = await createTestDatabase({ migrate: false });
    await prepareDatabase(db, config, log);
    const messages: string[] = [];
    const recording = pino(
      { level: 'info' },
      { write: (line: string) => messages.push(JSON.parse(line).msg) },
    );
    await prepareDatabase(db, config, recording);
    expect(messages).toContain('reference data is up to date');
  });

  it('stops with a clear message when the store refuses the reference data', async () => {
    db = await createTestDatabase();
    await db.pool.query('ALTER TABLE regions ADD CONSTRAINT refuse_all CHECK (false) NOT VALID');
    const failure = await prepareDatabase(db, config, log).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toMatch(/Cannot write the reference data/);
  });
});
