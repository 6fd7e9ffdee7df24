// The shape of a job that runs once a day (scheduled by modules/mail/scheduler.ts). Here in lib
// so that a module's ApiModule can list its jobs without importing the mail module.
import type { Database } from '@registry/db/database';
import type { PrismaClient } from '@registry/db/generated/prisma/client';

/** What a daily job gets: the database, the Moscow date it runs for, and the public address for links. */
export interface DailyJobContext {
  prisma: PrismaClient;
  db: Database;
  /** YYYY-MM-DD in Europe/Moscow. */
  day: string;
  now: Date;
  /** Absolute address of the site (PUBLIC_URL), for links. */
  publicUrl: string;
  log: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}

export interface DailyJob {
  /** Unique and stable: the claim row in scheduled_runs is keyed by it. */
  name: string;
  run(context: DailyJobContext): Promise<void>;
}
