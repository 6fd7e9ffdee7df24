// Production entry point: `pnpm start` runs the bundled copy of this file (dist/main.js).
import cluster from 'node:cluster';
import { pino } from 'pino';
import { buildApp, DAILY_JOBS } from './app';
import { describeTarget, openConfiguredDatabase, prepareDatabase, StartupError } from './bootstrap';
import { type AppConfig, ConfigError, loadConfig } from './config/env';
import { startMailBackground } from './modules/mail';
import { startSearchWarming } from './modules/practices';

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function runServer(config: AppConfig, log: pino.Logger, prepare: boolean) {
  const db = await openConfiguredDatabase(config);
  try {
    if (prepare) await prepareDatabase(db, config, log);
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = await buildApp({ config, db, ownsDatabase: true, logger: undefined, loggerInstance: log });

  let stopping = false;
  let stopBackground: () => Promise<void> = async () => {};
  const stop = async (signal: string) => {
    if (stopping) {
      log.warn('second signal: exiting immediately');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests, closing the database');
    // The outbox worker and the scheduler first: they use the database that closes next.
    await stopBackground();
    // Closes the listener, waits for in-flight requests, then the onClose hook closes Prisma,
    // the pool and PGlite (which flushes its files).
    await app.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  // The outbox worker (with SMTP_URL) and the daily jobs (reminders, digests).
  stopBackground = startMailBackground({ db, config, jobs: DAILY_JOBS, log });
  // Build the catalogue index now rather than on the first visitor's question, and read the
  // terms of common words in the background (catalogue-index/index-store.ts).
  startSearchWarming(
    {
      pool: app.db.pool,
      cache: app.catalogueCache,
      index: app.catalogueIndex,
      cursorSecret: app.cursorSecret,
    },
    (error) => log.warn({ err: error }, 'catalogue index: warming failed'),
  );
  app.catalogueIndex
    .current()
    .catch((error: unknown) => log.warn({ err: error }, 'catalogue index: first build failed'));
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const { port } = app.server.address() as { port: number };
  log.info(
    `Реестр лучших практик: http://${shown}:${port} (API docs /api/docs; database: ${describeTarget(config)})`,
  );
}

async function runPrimary(config: AppConfig, log: pino.Logger) {
  // Migrate and seed once, in the primary, before any worker serves a request.
  const db = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(db, config, log);
  } finally {
    await db.close();
  }
  let stopping = false;
  for (let i = 0; i < config.webConcurrency; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    log.error({ pid: worker.process.pid, code }, 'worker died; starting another');
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  log.info(`started ${config.webConcurrency} workers`);
}

async function main() {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const log = pino({ level: config.logLevel, base: { pid: process.pid } });
  try {
    if (cluster.isPrimary && config.webConcurrency > 1) {
      if (!config.databaseUrl) {
        log.warn(
          'WEB_CONCURRENCY > 1 needs DATABASE_URL (the embedded store serves one process); running one process',
        );
      } else {
        await runPrimary(config, log);
        return;
      }
    }
    await runServer(config, log, cluster.isPrimary);
  } catch (error) {
    if (error instanceof StartupError) fail(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(`Port ${config.port} is already in use. Set PORT to another port.`);
    }
    log.fatal({ err: error }, 'start-up failed');
    process.exit(1);
  }
}

void main();
