// The embedded store: PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder and
// served over the PostgreSQL wire protocol on a unix socket inside that folder, so the app
// talks to it through the same `pg` driver and Prisma adapter as to a real server, and no
// TCP port is opened on the host.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';

/** PostgreSQL clients look for `<dir>/.s.PGSQL.<port>`; the port only names the socket file. */
export const EMBEDDED_SOCKET_PORT = 5432;
// Linux limits a unix socket path to 107 bytes.
const MAX_SOCKET_PATH = 107;

export interface EmbeddedServer {
  /** Directory holding the socket: pass it to `pg` as `host`. */
  socketDir: string;
  /** The data folder as an uncompressed tarball, for `loadDataDir` (tests start from one). */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` (or in memory when `dataDir` is null, for tests) and serves it on
 * a unix socket in `socketDir` (defaults to `dataDir`).
 */
export async function startEmbeddedServer(options: {
  dataDir: string | null;
  socketDir?: string;
  /** Starts from this dump instead of an empty cluster (tests: a migrated template). */
  loadDataDir?: Blob | undefined;
}): Promise<EmbeddedServer> {
  // An in-memory store (tests) gets a private scratch folder for its socket.
  const scratchDir = options.socketDir || options.dataDir ? null : mkdtempSync(join(tmpdir(), 'pglite-'));
  const socketDir = resolve(options.socketDir ?? options.dataDir ?? (scratchDir as string));
  const socketPath = join(socketDir, `.s.PGSQL.${EMBEDDED_SOCKET_PORT}`);
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH) {
    throw new Error(
      `The data folder path is too long for a unix socket (${socketPath}); use a shorter DATA_DIR.`,
    );
  }
  mkdirSync(socketDir, { recursive: true });

  let lock: DataDirLock | null = null;
  let pgDataDir: string | undefined;
  if (options.dataDir) {
    const dataDir = resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
    pgDataDir = join(dataDir, 'pgdata');
    // Holding the lock, no live process serves this folder: a socket file left by one that was
    // killed would only make listen() fail with EADDRINUSE.
    rmSync(socketPath, { force: true });
  }

  try {
    // pg_trgm: word similarity for search suggestions (migration 20261201100000).
    const db = await PGlite.create({
      ...(pgDataDir ? { dataDir: pgDataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm },
    });
    // One connection only: PGlite runs one session, and queries from a second connection
    // would land inside the first one's open transaction (see docs/architecture.md).
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
    await server.start();
    return {
      socketDir,
      async dumpDataDir() {
        // Pages still in shared buffers would be missing from the files the dump is made of.
        await db.exec('CHECKPOINT');
        return db.dumpDataDir('none');
      },
      async stop() {
        await server.stop();
        // close() checkpoints and flushes PGlite's files, so committed writes survive.
        await db.close();
        lock?.release();
        if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    lock?.release();
    if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
    throw error;
  }
}
