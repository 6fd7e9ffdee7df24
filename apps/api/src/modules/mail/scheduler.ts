// Daily jobs that run once per day across all API processes. Each process looks every few
// minutes; the first one that inserts the (job, Moscow date) row in scheduled_runs runs the job.
// A run that started but never finished (its process died) is claimed again after LEASE_MS.
import type { Database } from '@registry/db/database';
import type { DailyJob, DailyJobContext } from '../../lib/daily-job';

export type { DailyJob, DailyJobContext };

/** A job to run once a day; list it in a module's `dailyJobs` (lib/api-module.ts). */
export function scheduleDaily(name: string, run: DailyJob['run']): DailyJob {
  if (name.length === 0 || name.length > 64) throw new Error(`daily job name too long: ${name}`);
  return { name, run };
}

/** How long a claimed, unfinished run blocks other processes before it may be retried. */
export const LEASE_MS = 30 * 60_000;

const moscowDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Moscow',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Moscow calendar date of an instant, YYYY-MM-DD. */
export function moscowDay(now: Date): string {
  return moscowDate.format(now);
}

/**
 * Claims today's run of `name`: true for exactly one caller per day (and again for one caller
 * when an unfinished run's lease has passed).
 */
export async function claimDailyRun(db: Database, name: string, day: string, leaseMs = LEASE_MS) {
  const { rowCount } = await db.pool.query(
    `INSERT INTO scheduled_runs (name, day) VALUES ($1, $2::date)
     ON CONFLICT (name, day) DO UPDATE
       SET started_at = now(), attempts = scheduled_runs.attempts + 1, error = NULL
       WHERE scheduled_runs.finished_at IS NULL
         AND scheduled_runs.started_at < now() - make_interval(secs => $3::float8)`,
    [name, day, leaseMs / 1000],
  );
  return rowCount === 1;
}

async function finishRun(db: Database, name: string, day: string, error: string | null) {
  await db.pool.query(
    error === null
      ? 'UPDATE scheduled_runs SET finished_at = now() WHERE name = $1 AND day = $2::date'
      : 'UPDATE scheduled_runs SET error = $3 WHERE name = $1 AND day = $2::date',
    error === null ? [name, day] : [name, day, error],
  );
}

/**
 * Runs every job whose run for today nobody has claimed. Returns the names of the jobs this call
 * ran. A job that throws keeps its claim until the lease passes, then is tried again.
 */
export async function runDueJobs(
  jobs: readonly DailyJob[],
  context: Omit<DailyJobContext, 'day'>,
  leaseMs = LEASE_MS,
): Promise<string[]> {
  const day = moscowDay(context.now);
  const ran: string[] = [];
  for (const job of jobs) {
    if (!(await claimDailyRun(context.db, job.name, day, leaseMs))) continue;
    try {
      await job.run({ ...context, day });
      await finishRun(context.db, job.name, day, null);
      ran.push(job.name);
    } catch (error) {
      context.log.warn({ err: error, job: job.name }, 'daily job failed; it will be retried');
      await finishRun(context.db, job.name, day, String((error as Error).message ?? error).slice(0, 2000));
    }
  }
  return ran;
}

/** Looks for due jobs now and then every `everyMs`; returns the function that stops it. */
export function startScheduler(
  jobs: readonly DailyJob[],
  context: Omit<DailyJobContext, 'day' | 'now'>,
  everyMs = 5 * 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(jobs, { ...context, now: new Date() }).catch((error: unknown) =>
      context.log.warn({ err: error }, 'daily jobs: could not check'),
    );
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
