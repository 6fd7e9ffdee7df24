// `pnpm bench`: seeds a fresh database with 50,000 synthetic practices, starts the built server
// (`pnpm build` first) with a hello-world route, and loads it over HTTP with autocannon
// (10 connections, 20 s after a 5 s warm-up) on PostgreSQL and on the embedded PGlite store.
// Options (env): BENCH_PRACTICES (50000), BENCH_SECONDS (20), BENCH_WARMUP (5),
// BENCH_MODES ("postgres,embedded"), BENCH_PG_URL (postgresql://postgres@127.0.0.1:5432/test).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const root = join(import.meta.dirname, '..');
const practices = Number(process.env.BENCH_PRACTICES ?? 50_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const modes = (process.env.BENCH_MODES ?? 'postgres,embedded').split(',');
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
];
const targets = { catalogue: 0.15, 'catalogue, filtered': 0.15, 'search with facets': 0.1, passport: 0.3 };

function sh(command, args, env) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return (performance.now() - started) / 1000;
}

async function waitForHealth(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start');
}

const load = (url, duration) =>
  new Promise((resolve, reject) =>
    autocannon(
      // The headers a browser sends: catalogue answers go out gzipped (precompressed in the cache).
      {
        url,
        connections: 10,
        duration,
        headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'application/json' },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );

// The cache hides the database on repeated requests; these are first requests, one at a time,
// each a question not asked before, so they show what the SQL itself costs.
const words = [
  'семья',
  'подростки',
  'школа',
  'центр',
  'помощь',
  'замещающих',
  'реабилитация',
  'ребёнок',
  'мобильная',
  'медиация',
];
const themes = [
  'orphanhood-prevention',
  'child-safety',
  'foster-families',
  'interagency',
  'family-centres',
  'teen-behaviour',
];
const coldQueries = {
  'catalogue, filtered': (i) =>
    `/api/practices?theme=${themes[i % 6]}&theme=${themes[(i + 2) % 6]}&yearFrom=${2008 + (i % 10)}`,
  'search with facets': (i) =>
    `/api/practices?q=${encodeURIComponent(`${words[i % 10]} ${words[(i * 3 + 1) % 10]}`)}&yearTo=${2015 + (i % 11)}`,
};

async function coldLatencies(base) {
  const out = {};
  for (const [name, make] of Object.entries(coldQueries)) {
    const times = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      const response = await fetch(base + make(i));
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    out[name] = { p50: times[20], max: times[39] };
    console.log(`cold ${name}: p50 ${times[20].toFixed(1)} ms, max ${times[39].toFixed(1)} ms`);
  }
  return out;
}

async function runMode(mode) {
  const env = {
    BENCH_ROUTES: 'true',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  let cleanup = () => {};
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
    console.log(`\n=== ${mode}: seeding ${practices} synthetic practices`);
    const seedSeconds = sh('pnpm', ['-s', 'db:seed', '--synthetic', String(practices)], env);
    const server = spawn(process.execPath, ['apps/api/dist/main.js'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(base);
      const first = await fetch(`${base}/api/practices?limit=1`).then((r) => r.json());
      const slug = first.items[0].slug;
      const results = [];
      for (const c of cases) {
        const url = base + c.path.replace('{slug}', slug);
        const check = await fetch(url);
        if (!check.ok) throw new Error(`${c.name}: ${check.status} ${await check.text()}`);
        await load(url, warmup);
        const r = await load(url, seconds);
        results.push({
          case: c.name,
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          errors: r.errors + r.non2xx,
        });
        console.log(
          `${c.name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
        );
      }
      const hello = results[0].rps;
      for (const r of results) r.ratio = r.rps / hello;
      const cold = await coldLatencies(base);
      return { mode, seedSeconds, results, cold };
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  } finally {
    await cleanup();
  }
}

const runs = [];
for (const mode of modes) runs.push(await runMode(mode));

const pgRun = runs.find((run) => run.mode === 'postgres');
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  `Load: autocannon, 10 connections, ${seconds} s after ${warmup} s warm-up; ${practices} synthetic practices.`,
  '',
  '| store | case | req/s | p50 ms | p99 ms | × hello-world | target | PGlite ÷ PostgreSQL |',
  '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |',
];
for (const run of runs) {
  for (const r of run.results) {
    const target = targets[r.case];
    const pgSame = pgRun?.results.find((x) => x.case === r.case);
    const vsPg = run.mode === 'embedded' && pgSame ? (r.rps / pgSame.rps).toFixed(2) : '';
    const ok = target ? `≥ ${target} ${r.ratio >= target && r.p99 < 50 ? '✓' : '✗'}` : '';
    lines.push(
      `| ${run.mode} | ${r.case} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.ratio.toFixed(2)} | ${run.mode === 'postgres' ? ok : ''} | ${vsPg} |`,
    );
  }
}
lines.push(
  '',
  '| store | uncached request (first time asked, sequential) | p50 ms | max of 40 ms |',
  '| --- | --- | ---: | ---: |',
);
for (const run of runs) {
  for (const [name, c] of Object.entries(run.cold))
    lines.push(`| ${run.mode} | ${name} | ${c.p50.toFixed(1)} | ${c.max.toFixed(1)} |`);
}
for (const run of runs)
  lines.push(`\nSeeding ${practices} practices (${run.mode}): ${run.seedSeconds.toFixed(1)} s`);
const report = lines.join('\n');
console.log(`\n${report}`);
mkdirSync(join(root, '.reports'), { recursive: true });
writeFileSync(join(root, '.reports', 'bench.md'), `${report}\n`);
writeFileSync(join(root, '.reports', 'bench.json'), JSON.stringify(runs, null, 2));
