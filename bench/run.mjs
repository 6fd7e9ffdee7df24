// `pnpm bench`: for each store (PostgreSQL, embedded PGlite) and each catalogue size, seeds a
// fresh database with synthetic practices, starts the built server (`pnpm build` first) with a
// hello-world route, and loads it over HTTP with autocannon (10 connections).
// Two kinds of case: repeated URLs (what the response cache gives), and distinct questions —
// thousands of filter combinations and searches never asked before in the run (what the
// catalogue itself costs). Every figure is also given as a ratio to hello-world in the same run.
// Options (env): BENCH_SIZES ("5000,50000,200000"), BENCH_SECONDS (20), BENCH_WARMUP (5),
// BENCH_MODES ("postgres,embedded"), BENCH_CASES (all; names to run, separated by ';'),
// BENCH_PG_URL (postgresql://postgres@127.0.0.1:5432/test).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { questionSource } from './questions.mjs';

const root = join(import.meta.dirname, '..');
const sizes = (process.env.BENCH_SIZES ?? process.env.BENCH_PRACTICES ?? '5000,50000,200000')
  .split(',')
  .map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const modes = (process.env.BENCH_MODES ?? 'postgres,embedded').split(',');
const only = process.env.BENCH_CASES?.split(';');
const adminUrl = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const port = 3900;

const cases = [
  { name: 'hello-world', path: '/api/bench/hello' },
  { name: 'catalogue', path: '/api/practices' },
  {
    name: 'catalogue, filtered',
    path: '/api/practices?theme=foster-families&theme=child-safety&district=ural',
  },
  { name: 'search with facets', path: `/api/practices?q=${encodeURIComponent('помощь семьям')}` },
  { name: 'passport', path: '/api/practices/{slug}' },
  { name: 'statistics', path: '/api/statistics' },
  { name: 'catalogue, distinct', distinct: 'catalogue' },
  { name: 'search, distinct', distinct: 'search' },
].filter((c) => c.name === 'hello-world' || !only || only.includes(c.name));

/** Targets at 50,000 practices on PostgreSQL: ratio to hello-world and p99 in ms. */
const targets = {
  catalogue: { ratio: 0.15, p99: 50 },
  'catalogue, filtered': { ratio: 0.15, p99: 50 },
  'search with facets': { ratio: 0.1, p99: 50 },
  passport: { ratio: 0.3, p99: 50 },
  'catalogue, distinct': { ratio: 0.01, p99: 100 },
  'search, distinct': { ratio: 0.005, p99: 150 },
};

function sh(command, args, env) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return (performance.now() - started) / 1000;
}

async function waitForHealth(url) {
  for (let i = 0; i < 1500; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start');
}

async function waitForWarm(url) {
  for (let i = 0; i < 3000; i++) {
    const health = await fetch(`${url}/api/health`).then((r) => r.json());
    if (health.catalogueIndex === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('catalogue index did not warm');
}

// The headers a browser sends: catalogue answers go out compressed.
const headers = { 'accept-encoding': 'gzip, deflate, br', accept: 'application/json' };

const load = (options, duration) =>
  new Promise((resolve, reject) =>
    autocannon({ connections: 10, duration, headers, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );

/** Options for one case: a fixed URL, or a new question for every request. */
function target(base, c, slug, source) {
  if (!c.distinct) return { url: base + c.path.replace('{slug}', slug) };
  const next = source[c.distinct];
  return {
    url: base,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
  };
}

async function runOne(mode, practices) {
  const env = {
    BENCH_ROUTES: 'true',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  let cleanup = async () => {};
  if (mode === 'postgres') {
    const name = `registry_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'registry-bench-'));
    env.DATA_DIR = dir;
    env.DATABASE_URL = '';
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    console.log(`\n=== ${mode}, ${practices} practices: seeding`);
    const seedSeconds = sh('pnpm', ['-s', 'db:seed', '--synthetic', String(practices)], env);
    const started = performance.now();
    const server = spawn(process.execPath, ['apps/api/dist/main.js'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(base);
      const first = await fetch(`${base}/api/practices?limit=1`).then((r) => r.json());
      const startSeconds = (performance.now() - started) / 1000;
      // A process in service has read the terms of common words (GET /api/health says when).
      await waitForWarm(base);
      const warmSeconds = (performance.now() - started) / 1000;
      const slug = first.items[0].slug;
      const nominations = first.facets.nomination.map((n) => n.value);
      const results = [];
      for (const c of cases) {
        // A fresh source per case: warm-up and measurement share it, so no question repeats.
        const source = questionSource({ seed: practices + results.length, nominations });
        const options = target(base, c, slug, source);
        if (!c.distinct) {
          const check = await fetch(options.url);
          if (!check.ok) throw new Error(`${c.name}: ${check.status} ${await check.text()}`);
        }
        await load(options, warmup);
        const r = await load(options, seconds);
        const result = {
          case: c.name,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          errors: r.errors + r.non2xx,
          asked: c.distinct ? source.asked : null,
        };
        results.push(result);
        console.log(
          `${c.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms` +
            (result.errors ? `, ${result.errors} errors/non-2xx` : '') +
            (c.distinct ? `, ${result.asked} distinct questions` : ''),
        );
      }
      const hello = results[0].rps;
      for (const r of results) r.ratio = r.rps / hello;
      return { mode, practices, seedSeconds, startSeconds, warmSeconds, results };
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  } finally {
    await cleanup();
  }
}

const runs = [];
for (const practices of sizes) for (const mode of modes) runs.push(await runOne(mode, practices));

const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  `Load: autocannon, 10 connections, ${seconds} s after ${warmup} s warm-up. Distinct cases never repeat a URL within a run.`,
  '',
  '| store | practices | case | req/s | p50 ms | p99 ms | × hello-world | target (PostgreSQL, 50,000) | PGlite ÷ PostgreSQL |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: |',
];
for (const run of runs) {
  const pgRun = runs.find((x) => x.mode === 'postgres' && x.practices === run.practices);
  for (const r of run.results) {
    const t = targets[r.case];
    const pgSame = pgRun?.results.find((x) => x.case === r.case);
    const vsPg = run.mode === 'embedded' && pgSame ? (r.rps / pgSame.rps).toFixed(2) : '';
    const ok =
      t && run.mode === 'postgres'
        ? `≥ ${t.ratio}, p99 ≤ ${t.p99} ${r.ratio >= t.ratio && r.p99 <= t.p99 ? '✓' : '✗'}`
        : '';
    lines.push(
      `| ${run.mode} | ${run.practices} | ${r.case} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.ratio.toFixed(3)} | ${ok} | ${vsPg} |`,
    );
  }
}
lines.push(
  '',
  '| store | practices | seeding s | start to first answer s | start to warm index s |',
  '| --- | ---: | ---: | ---: | ---: |',
);
for (const run of runs)
  lines.push(
    `| ${run.mode} | ${run.practices} | ${run.seedSeconds.toFixed(1)} | ${run.startSeconds.toFixed(1)} | ${run.warmSeconds.toFixed(1)} |`,
  );
const report = lines.join('\n');
console.log(`\n${report}`);
mkdirSync(join(root, '.reports'), { recursive: true });
writeFileSync(join(root, '.reports', 'bench.md'), `${report}\n`);
writeFileSync(join(root, '.reports', 'bench.json'), JSON.stringify(runs, null, 2));
