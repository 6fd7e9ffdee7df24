// What each API process runs in the background: the outbox worker (only with SMTP_URL; without
// it messages are kept for «Исходящие письма») and the daily jobs' scheduler.
import type { Database } from '@registry/db/database';
import type { DailyJob } from '../../lib/daily-job';
import { startOutboxWorker } from './outbox-worker';
import { startScheduler } from './scheduler';
import { createSmtpTransport } from './transport';

export interface BackgroundOptions {
  db: Database;
  config: { smtpUrl: string | undefined; mailFrom: string; publicUrl: string };
  jobs: readonly DailyJob[];
  log: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}

/** Starts the worker and the scheduler; the returned function stops both (before the database closes). */
export function startMailBackground(options: BackgroundOptions): () => Promise<void> {
  const { db, config, log } = options;
  const stopWorker = config.smtpUrl
    ? startOutboxWorker({
        db,
        transport: createSmtpTransport(config.smtpUrl),
        from: config.mailFrom,
        publicUrl: config.publicUrl,
        log,
      })
    : null;
  if (!stopWorker) log.info({}, 'mail: SMTP_URL is not set; messages are kept in «Исходящие письма»');
  const stopScheduler = startScheduler(options.jobs, {
    db,
    prisma: db.prisma,
    publicUrl: config.publicUrl,
    log,
  });
  return async () => {
    await Promise.all([stopWorker?.(), stopScheduler()]);
  };
}
