// What a feature module hands app.ts: its routes and the OpenAPI tags they use, declared
// together so that adding a module is one line in app.ts's list.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { MaterialsS3Config } from '../config/env';
import type { DailyJob } from './daily-job';

/** Settings app.ts passes to every module's routes (from config). */
export interface ModuleOptions {
  /** Months after a recommendation when the practice is due for re-review (RE_REVIEW_MONTHS). */
  reReviewMonths: number;
  /** PUBLIC_URL: the site's address for absolute links; undefined means the request's host. */
  publicUrl?: string | undefined;
  /** Where links in mail point (PUBLIC_URL, else http://localhost:<PORT>). */
  mailUrl: string;
  /** Whether SMTP_URL is set: without it mail is kept in the outbox, not sent. */
  smtpConfigured: boolean;
  /** MATERIALS_S3_*: the object store for new material files; undefined keeps them in the database. */
  materialsS3?: MaterialsS3Config | undefined;
}

export interface OpenApiTag {
  name: string;
  description: string;
}

export interface ApiModule {
  /** Every tag the module's routes use, with the description /api/docs shows. */
  tags: readonly OpenApiTag[];
  /** Registered under /api. */
  routes: FastifyPluginAsyncZod<ModuleOptions>;
  /** Jobs to run once a day (modules/mail scheduleDaily), safely with several processes. */
  dailyJobs?: readonly DailyJob[];
}
