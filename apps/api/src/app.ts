import { randomBytes } from 'node:crypto';
// Builds the Fastify application from its parts. It does not open the database or listen:
// main.ts does that for production, test/app.ts for tests.
import type { Database } from '@registry/db/database';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config/env';
import { CatalogueCache } from './lib/catalogue-cache';
import { accountsRoutes } from './modules/accounts/accounts.routes';
import { adoptionsRoutes } from './modules/adoptions/adoptions.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { contestsRoutes } from './modules/contests/contests.routes';
import { contestsStaffRoutes } from './modules/contests/contests-staff.routes';
import { glossaryRoutes } from './modules/glossary/glossary.routes';
import { healthRoutes } from './modules/health/health.routes';
import { CatalogueIndexStore } from './modules/practices/catalogue-index/index-store';
import { movedPracticePage } from './modules/practices/former-slugs';
import { practicesRoutes } from './modules/practices/practices.routes';
import { referenceRoutes } from './modules/reference/reference.routes';
import { regionsRoutes } from './modules/regions/regions.routes';
import { reviewsRoutes } from './modules/reviews/reviews.routes';
import { securityLogRoutes } from './modules/security-log/security-log.routes';
import { statisticsRoutes } from './modules/statistics/statistics.routes';
import { submissionsRoutes } from './modules/submissions/submissions.routes';
import dbPlugin from './plugins/db';
import errors, { clientErrorHandler, frameworkErrors } from './plugins/errors';
import httpCache from './plugins/http-cache';
import openapi from './plugins/openapi';
import requestBody from './plugins/request-body';
import securityHeaders from './plugins/security-headers';
import session from './plugins/session';
import staticWeb, { sendNotFound } from './plugins/static-web';

declare module 'fastify' {
  interface FastifyInstance {
    appVersion: string;
    catalogueCache: CatalogueCache;
    catalogueIndex: CatalogueIndexStore;
    /** Signs pagination cursors; one per installation, in app_settings. */
    cursorSecret: string;
  }
}

/** The installation's cursor key, created on first use (the seed creates it too). */
async function loadCursorSecret(db: Database): Promise<string> {
  await db.pool.query(
    "INSERT INTO app_settings (key, value) VALUES ('cursor_secret', $1) ON CONFLICT (key) DO NOTHING",
    [randomBytes(32).toString('base64url')],
  );
  const { rows } = await db.pool.query<{ value: string }>(
    "SELECT value FROM app_settings WHERE key = 'cursor_secret'",
  );
  return rows[0]?.value as string;
}

export interface BuildAppOptions {
  config: Pick<
    AppConfig,
    'bodyLimitBytes' | 'trustProxy' | 'webDistDir' | 'version' | 'sessionIdleMs' | 'sessionAbsoluteMs'
  > &
    Partial<Pick<AppConfig, 'benchRoutes' | 'reReviewMonths'>>;
  db: Database;
  /** How often a process re-reads the catalogue version (ms); tests use 0 to see writes at once. */
  catalogueVersionTtlMs?: number;
  /** Close the database with the app (production); tests manage it themselves. */
  ownsDatabase?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** A ready pino logger (production), used instead of `logger`. */
  loggerInstance?: FastifyBaseLogger;
}

export async function buildApp(options: BuildAppOptions) {
  const app = Fastify({
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance }
      : { logger: options.logger ?? false }),
    bodyLimit: options.config.bodyLimitBytes,
    trustProxy: options.config.trustProxy,
    requestIdHeader: 'x-request-id',
    routerOptions: { maxParamLength: 200 },
    // Refusals made before routing are problem+json too (plugins/errors.ts).
    clientErrorHandler,
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('appVersion', options.config.version);
  const catalogueCache = new CatalogueCache(options.db.pool, {
    versionTtlMs: options.catalogueVersionTtlMs ?? 1000,
  });
  app.decorate('catalogueCache', catalogueCache);
  app.decorate('catalogueIndex', new CatalogueIndexStore(options.db.pool, catalogueCache));
  app.decorate('cursorSecret', await loadCursorSecret(options.db));
  // A write through this process may have changed the catalogue (triggers bump its version): the
  // next request re-reads the version instead of trusting the one read less than a second ago.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) {
      catalogueCache.expireVersion();
    }
  });
  // Echo the request id so a user's report can be matched with the logs.
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errors);
  await app.register(requestBody);
  // Before any route: compression attaches itself to routes as they are declared.
  await app.register(httpCache);
  await app.register(dbPlugin, { db: options.db, closeOnShutdown: options.ownsDatabase ?? false });
  await app.register(securityHeaders);
  await app.register(session, {
    policy: { idleMs: options.config.sessionIdleMs, absoluteMs: options.config.sessionAbsoluteMs },
  });
  await app.register(openapi, { version: options.config.version });

  await app.register(
    async (api) => {
      api.setNotFoundHandler(sendNotFound);
      await api.register(healthRoutes);
      await api.register(regionsRoutes);
      await api.register(referenceRoutes);
      await api.register(practicesRoutes);
      await api.register(authRoutes);
      await api.register(accountsRoutes);
      await api.register(securityLogRoutes);
      await api.register(submissionsRoutes);
      await api.register(reviewsRoutes, { reReviewMonths: options.config.reReviewMonths ?? 24 });
      await api.register(contestsRoutes);
      await api.register(contestsStaffRoutes);
      await api.register(adoptionsRoutes);
      await api.register(statisticsRoutes);
      await api.register(glossaryRoutes);
      // The hello-world baseline of `pnpm bench`, measured in this same server.
      if (options.config.benchRoutes)
        api.get('/bench/hello', { schema: { hide: true } }, () => ({ hello: 'world' }));
    },
    { prefix: '/api' },
  );

  await app.register(staticWeb, {
    root: options.config.webDistDir,
    movedPage: (url) => movedPracticePage(app.db.pool, url),
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
