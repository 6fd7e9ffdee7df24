// `node bench/open-data-memory.mjs` (after `pnpm build`): memory and time of the open-data export.
// Seeds a fresh PostgreSQL database with synthetic practices (BENCH_SIZE, default 50,000), starts
// the built server, downloads the whole catalogue as CSV, XLSX and JSON one after the other and
// samples the server's resident memory (RSS, from /proc) every 100 ms. Prints, per format: bytes,
// seconds, the RSS before and the peak RSS during the download.
// Options (env): BENCH_SIZE, BENCH_PG_URL (postgresql://postgres@127.0.0.1:5432/test), BENCH_PORT,
// BENCH_HEAP_MB (caps the server's V8 old space, e.g. 128: the export must still complete, which
// shows that its memory does not grow with the catalogue; unset, V8 collects lazily and RSS says
// more about the collector than about the export).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const size = Number(process.env.BENCH_SIZE ?? 50_000);
const adminUrl = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const port = Number(process.env.BENCH_PORT ?? 3902);
const base = `http://127.0.0.1:${port}`;

const rssMiB = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : 0;
};

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

/** Reads the whole body as a slow-enough client would, counting bytes, never holding them. */
async function download(pid, path) {
  const before = rssMiB(pid);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 100);
  const started = performance.now();
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  clearInterval(timer);
  peak = Math.max(peak, rssMiB(pid));
  return { path, bytes, seconds: (performance.now() - started) / 1000, before, peak };
}

const name = `registry_opendata_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  PORT: String(port),
  HOST: '127.0.0.1',
};
try {
  console.log(`seeding ${size} synthetic practices…`);
  const seeded = spawnSync('pnpm', ['-s', 'db:seed', '--synthetic', String(size)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (seeded.status !== 0) throw new Error('seeding failed');
  const heap = process.env.BENCH_HEAP_MB ? [`--max-old-space-size=${process.env.BENCH_HEAP_MB}`] : [];
  const server = spawn(process.execPath, [...heap, 'apps/api/dist/main.js'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  try {
    await waitForHealth();
    // The catalogue index is built and its common terms are read ahead at start (ADR 008):
    // measure the export, not that.
    await fetch(`${base}/api/practices?limit=1`);
    for (let i = 0; i < 600; i++) {
      const health = await (await fetch(`${base}/api/health`)).json();
      if (health.catalogueIndex === 'ready') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const results = [];
    for (const format of ['csv', 'xlsx', 'json']) {
      results.push(await download(server.pid, `/api/open-data/practices.${format}`));
    }
    results.push(await download(server.pid, '/api/open-data/practices.csv?theme=foster-families'));
    const cap = process.env.BENCH_HEAP_MB ? `, server heap capped at ${process.env.BENCH_HEAP_MB} MiB` : '';
    console.log(`\n${size} practices (PostgreSQL${cap}), server RSS in MiB:`);
    console.log('| export | size | time | RSS before | peak RSS |');
    console.log('| --- | --: | --: | --: | --: |');
    for (const r of results) {
      console.log(
        `| ${r.path} | ${(r.bytes / 1024 / 1024).toFixed(1)} MiB | ${r.seconds.toFixed(1)} s | ${r.before.toFixed(0)} | ${r.peak.toFixed(0)} |`,
      );
    }
  } finally {
    server.kill();
  }
} finally {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
