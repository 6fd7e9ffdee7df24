import { randomBytes } from 'node:crypto';
// Builds the Fastify application from its parts. It does not open the database or listen:
// main.ts does that for production, test/app.ts for tests.
import type { Database } from '@registry/db/database';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config/env';
import type { ApiModule } from './lib/api-module';
import { CatalogueCache } from './lib/catalogue-cache';
import { accountsModule } from './modules/accounts';
import { adoptRequestsModule } from './modules/adopt-requests';
import { adoptionsModule } from './modules/adoptions';
import { authModule, sessionPlugin } from './modules/auth';
import { contestsModule } from './modules/contests';
import { glossaryModule } from './modules/glossary';
import { healthModule } from './modules/health';
import { mailModule } from './modules/mail';
import { mapModule } from './modules/map';
import { materialsModule } from './modules/materials';
import { notificationsModule } from './modules/notifications';
import { openDataModule } from './modules/open-data';
import { passportPdfModule } from './modules/passport-pdf';
import { CatalogueIndexStore, movedPracticePage, practicesModule } from './modules/practices';
import { referenceModule } from './modules/reference';
import { regionsModule } from './modules/regions';
import { reviewsModule } from './modules/reviews';
import { savedSearchesModule } from './modules/saved-searches';
import { securityLogModule } from './modules/security-log';
import { seoRoutes } from './modules/seo';
import { statisticsModule } from './modules/statistics';
import { submissionsModule } from './modules/submissions';
import dbPlugin from './plugins/db';
import errors, { clientErrorHandler, frameworkErrors } from './plugins/errors';
import httpCache from './plugins/http-cache';
import openapi from './plugins/openapi';
import requestBody from './plugins/request-body';
import securityHeaders from './plugins/security-headers';
import staticWeb, { sendNotFound } from './plugins/static-web';

/**
 * Every feature module, in the order its routes are registered under /api and its tags are
 * declared. A new module is one line here: its index.ts hands over its routes and the OpenAPI
 * tags they use.
 */
export const API_MODULES: readonly ApiModule[] = [
  // Public first: the order of their tags is the order of the sections in /api/docs.
  practicesModule,
  passportPdfModule,
  referenceModule,
  regionsModule,
  adoptionsModule,
  adoptRequestsModule,
  materialsModule,
  statisticsModule,
  openDataModule,
  mapModule,
  savedSearchesModule,
  healthModule,
  authModule,
  accountsModule,
  securityLogModule,
  submissionsModule,
  reviewsModule,
  contestsModule,
  glossaryModule,
  notificationsModule,
  mailModule,
];

/** Every module's daily jobs (reminders, digests), run by the scheduler in main.ts. */
export const DAILY_JOBS = API_MODULES.flatMap((module) => module.dailyJobs ?? []);

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
    Partial<
      Pick<AppConfig, 'benchRoutes' | 'reReviewMonths' | 'publicUrl' | 'mailUrl' | 'smtpUrl' | 'materialsS3'>
    >;
  db: Database;
  /** How often a process re-reads the catalogue version (ms); tests use 0 to see writes at once. */
  catalogueVersionTtlMs?: number;
  /** Close the database with the app (production); tests manage it themselves. */
  ownsDatabase?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** Addresses per sitemap file (50,000, the protocol's limit); tests lower it to see the split. */
  sitemapLimit?: number;
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
  // A write through this process may have changed the catalogue (triggers bump its version on
  // every table a public answer reads): the next request re-reads the version instead of trusting
  // the one read less than a second ago. The one mechanism for "show my own write at once"; done
  // before the answer leaves, so the author's next request cannot overtake it.
  app.addHook('onSend', async (request, reply) => {
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
  await app.register(sessionPlugin, {
    policy: { idleMs: options.config.sessionIdleMs, absoluteMs: options.config.sessionAbsoluteMs },
  });
  await app.register(openapi, {
    version: options.config.version,
    tags: API_MODULES.flatMap((module) => module.tags),
    publicUrl: options.config.publicUrl,
  });

  await app.register(
    async (api) => {
      api.setNotFoundHandler(sendNotFound);
      const moduleOptions = {
        reReviewMonths: options.config.reReviewMonths ?? 24,
        publicUrl: options.config.publicUrl,
        mailUrl: options.config.mailUrl ?? options.config.publicUrl ?? 'http://localhost:3000',
        smtpConfigured: Boolean(options.config.smtpUrl),
        materialsS3: options.config.materialsS3,
      };
      for (const module of API_MODULES) await api.register(module.routes, moduleOptions);
      // The hello-world baseline of `pnpm bench`, measured in this same server.
      if (options.config.benchRoutes)
        api.get('/bench/hello', { schema: { hide: true } }, () => ({ hello: 'world' }));
    },
    { prefix: '/api' },
  );

  // Files for crawlers live at the site's root, beside the pages they describe.
  await app.register(seoRoutes, { sitemapLimit: options.sitemapLimit });
  await app.register(staticWeb, {
    root: options.config.webDistDir,
    movedPage: (url) => movedPracticePage(app.db.pool, url),
    signedIn: (request) => request.session !== null,
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
