// A daily job runs once per Moscow day however many processes look, and again after its lease
// when the process that claimed it died before finishing.
import { createTestDatabase, type TestDatabase } from '@registry/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimDailyRun, moscowDay, runDueJobs, scheduleDaily } from './scheduler';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ referenceData: false });
});
afterAll(async () => {
  await db.close();
});

const log = { info() {}, warn() {} };

describe('scheduleDaily', () => {
  it('runs a job once a day even when several processes look at once', async () => {
    let runs = 0;
    const job = scheduleDaily('test-once', async () => {
      runs++;
    });
    const context = {
      db,
      prisma: db.prisma,
      publicUrl: 'http://localhost',
      log,
      now: new Date('2026-12-06T10:00:00Z'),
    };
    const results = await Promise.all([1, 2, 3].map(() => runDueJobs([job], context)));
    expect(results.flat()).toEqual(['test-once']);
    expect(runs).toBe(1);
    // The next Moscow day runs it again.
    await runDueJobs([job], { ...context, now: new Date('2026-12-06T21:30:00Z') });
    expect(runs).toBe(2);
  });

  it('uses the Moscow date', () => {
    expect(moscowDay(new Date('2026-12-06T20:59:00Z'))).toBe('2026-12-06');
    expect(moscowDay(new Date('2026-12-06T21:00:00Z'))).toBe('2026-12-07');
  });

  it('claims an unfinished run again only after its lease', async () => {
    expect(await claimDailyRun(db, 'test-crash', '2026-12-06')).toBe(true);
    // The claimer "died": no finished_at. Within the lease nobody else runs it…
    expect(await claimDailyRun(db, 'test-crash', '2026-12-06')).toBe(false);
    // …and once the lease has passed, one process does.
    expect(await claimDailyRun(db, 'test-crash', '2026-12-06', 0)).toBe(true);
  });

  it('a failed job is retried after the lease, not at once', async () => {
    let attempts = 0;
    const job = scheduleDaily('test-fails', async () => {
      attempts++;
      if (attempts === 1) throw new Error('boom');
    });
    const context = {
      db,
      prisma: db.prisma,
      publicUrl: 'http://localhost',
      log,
      now: new Date('2026-12-06T10:00:00Z'),
    };
    expect(await runDueJobs([job], context)).toEqual([]);
    expect(await runDueJobs([job], context)).toEqual([]);
    expect(await runDueJobs([job], context, 0)).toEqual(['test-fails']);
    expect(attempts).toBe(2);
  });
});
