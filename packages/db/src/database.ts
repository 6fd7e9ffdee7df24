// Opens the application's database: a PostgreSQL server when a URL is given, otherwise the
// embedded PGlite store. Either way the app gets the same `pg` pool and Prisma client.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { EMBEDDED_SOCKET_PORT, type EmbeddedServer, startEmbeddedServer } from './embedded';
import { PrismaClient } from './generated/prisma/client';

export type DatabaseMode = 'postgres' | 'embedded';

export interface DatabaseOptions {
  /** postgresql:// URL; when absent the embedded store is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded store; null keeps it in memory (tests). */
  dataDir: string | null;
  /** Pool size on PostgreSQL; the embedded store always uses one connection. */
  poolSize?: number;
  /** Embedded only: start from this dump of a data folder (tests start from a template). */
  loadDataDir?: Blob | undefined;
}

export interface Database {
  mode: DatabaseMode;
  pool: pg.Pool;
  prisma: PrismaClient;
  /** The embedded server (null on PostgreSQL): tests dump its data folder as a template. */
  embedded: EmbeddedServer | null;
  /** Closes Prisma, the pool and (embedded) PGlite, in that order. Safe to call twice. */
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  let pool: pg.Pool;
  if (options.databaseUrl) {
    pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // The catalogue's facet statement looks expensive to the planner, which then spends
      // ~100 ms JIT-compiling a query that runs in less. Our queries are short: no JIT.
      options: '-c jit=off',
    });
  } else {
    embedded = await startEmbeddedServer({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
    pool = new pg.Pool({
      host: embedded.socketDir,
      port: EMBEDDED_SOCKET_PORT,
      user: 'postgres',
      database: 'postgres',
      max: 1,
    });
  }
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });

  let closing: Promise<void> | null = null;
  return {
    mode: embedded ? 'embedded' : 'postgres',
    pool,
    embedded,
    prisma,
    close() {
      closing ??= (async () => {
        await prisma.$disconnect();
        await pool.end();
        await embedded?.stop();
      })();
      return closing;
    },
  };
}
