// The only place that reads process.env. Parsed once at start-up; a bad value stops the
// process with a message naming the variable.
import { isAbsolute, join, resolve } from 'node:path';
import { findRepoRoot } from '@registry/db/repo-root';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** An optional setting: absent and empty both mean "not set". */
const optionalText = <T extends z.ZodType<string>>(schema: T) =>
  schema.optional().or(z.literal('').transform(() => undefined));

/** The S3 settings: all of them, or none (then material files stay in the database). */
const S3_VARIABLES = [
  'MATERIALS_S3_ENDPOINT',
  'MATERIALS_S3_BUCKET',
  'MATERIALS_S3_REGION',
  'MATERIALS_S3_ACCESS_KEY_ID',
  'MATERIALS_S3_SECRET_ACCESS_KEY',
] as const;

/** Where new material files go when an S3-compatible object store is configured. */
export interface MaterialsS3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** http://host/bucket/key rather than http://bucket.host/key (MinIO, most self-hosted stores). */
  forcePathStyle: boolean;
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  TRUST_PROXY: booleanFromEnv.default(false),
  SEED_DEMO: booleanFromEnv.default(true),
  BENCH_ROUTES: booleanFromEnv.default(false),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  /** Days an «adopt this practice» request (personal data) is kept; 3 years by default. */
  ADOPT_REQUEST_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(1095),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional()
    .or(z.literal('').transform(() => undefined)),
  RE_REVIEW_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465; empty keeps mail in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default('Реестр лучших практик <noreply@localhost>'),
  MATERIALS_S3_ENDPOINT: optionalText(z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })),
  MATERIALS_S3_BUCKET: optionalText(z.string().min(3).max(63)),
  MATERIALS_S3_REGION: optionalText(z.string().min(1).max(64)),
  MATERIALS_S3_ACCESS_KEY_ID: optionalText(z.string().min(1)),
  MATERIALS_S3_SECRET_ACCESS_KEY: optionalText(z.string().min(1)),
  MATERIALS_S3_FORCE_PATH_STYLE: booleanFromEnv.default(true),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL URL; undefined means the embedded PGlite store in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolSize: number;
  webConcurrency: number;
  logLevel: string;
  bodyLimitBytes: number;
  trustProxy: boolean;
  seedDemo: boolean;
  /** Adds GET /api/bench/hello, the baseline of `pnpm bench`. */
  benchRoutes: boolean;
  /** Sessions end after this long without a request, and this long after sign-in at most. */
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** A recommended practice is due for re-review this many months after the decision. */
  reReviewMonths: number;
  /** Days an adopt request is kept before the daily purge deletes it (ADOPT_REQUEST_RETENTION_DAYS). */
  adoptRequestRetentionDays: number;
  /**
   * The site's public address (https://…, no trailing slash) for absolute links in exports and
   * feeds; undefined: taken from each request's Host (and X-Forwarded-* with TRUST_PROXY).
   */
  publicUrl: string | undefined;
  /** Where links in mail point: PUBLIC_URL, else http://localhost:<PORT> (mail has no request). */
  mailUrl: string;
  /** SMTP server URL; undefined keeps messages in the outbox («Исходящие письма») unsent. */
  smtpUrl: string | undefined;
  /** From: header of every message. */
  mailFrom: string;
  /** MATERIALS_S3_*: new material files go to this object store; undefined keeps them in the database. */
  materialsS3: MaterialsS3Config | undefined;
  migrationsDir: string;
  /** Built web app (index.html and assets), served on the same port as the API. */
  webDistDir: string;
  version: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  const s3Set = S3_VARIABLES.filter((name) => env[name] !== undefined);
  if (s3Set.length > 0 && s3Set.length < S3_VARIABLES.length) {
    throw new ConfigError(
      S3_VARIABLES.filter((name) => env[name] === undefined).map(
        (name) => `${name} is missing: the MATERIALS_S3_* settings are set all together, or none`,
      ),
    );
  }
  const materialsS3: MaterialsS3Config | undefined =
    env.MATERIALS_S3_ENDPOINT &&
    env.MATERIALS_S3_BUCKET &&
    env.MATERIALS_S3_REGION &&
    env.MATERIALS_S3_ACCESS_KEY_ID &&
    env.MATERIALS_S3_SECRET_ACCESS_KEY
      ? {
          endpoint: env.MATERIALS_S3_ENDPOINT,
          bucket: env.MATERIALS_S3_BUCKET,
          region: env.MATERIALS_S3_REGION,
          accessKeyId: env.MATERIALS_S3_ACCESS_KEY_ID,
          secretAccessKey: env.MATERIALS_S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.MATERIALS_S3_FORCE_PATH_STYLE,
        }
      : undefined;
  const root = findRepoRoot();
  const dataDir = env.DATA_DIR
    ? isAbsolute(env.DATA_DIR)
      ? env.DATA_DIR
      : resolve(env.DATA_DIR)
    : join(root, 'data');
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    dbPoolSize: env.DB_POOL_SIZE,
    webConcurrency: env.WEB_CONCURRENCY,
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    seedDemo: env.SEED_DEMO,
    benchRoutes: env.BENCH_ROUTES,
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    reReviewMonths: env.RE_REVIEW_MONTHS,
    adoptRequestRetentionDays: env.ADOPT_REQUEST_RETENTION_DAYS,
    publicUrl: env.PUBLIC_URL,
    mailUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    materialsS3,
    migrationsDir: join(root, 'prisma', 'migrations'),
    webDistDir: join(root, 'apps', 'web', 'dist'),
    version: '0.1.0',
  };
}
