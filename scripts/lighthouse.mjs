// `pnpm lighthouse`: Lighthouse 12.2.3 (the last that runs on Node 20) in Debian's chromium, on the
// home page, the catalogue and a passport, with its defaults: a mobile phone on a throttled 4G
// line (simulated), as a visitor from a search result would arrive. Prints the figures and fails
// below the targets of docs/performance.md.
//
// It builds nothing: run `pnpm build` first. Without --url it starts the built server
// (apps/api/dist/main.js) on a fresh data folder; with --url it measures a running site.
//   pnpm lighthouse [--url http://host:port] [--passport /practices/<slug>] [--runs 3]
// Figures are the median of the runs (by performance score); the JSON reports land in
// .reports/lighthouse/.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    passport: { type: 'string' },
    runs: { type: 'string', default: process.env.LIGHTHOUSE_RUNS ?? '3' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '3199' },
  },
});

const TARGETS = {
  performance: 90,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  lcpMs: 2500,
  cls: 0.05,
};

async function waitForHealth(base, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${base} did not answer /api/health in ${timeoutMs / 1000} s`);
}

/** The built server on a fresh data folder (it migrates and seeds the demo catalogue itself). */
async function startServer(port) {
  const dataDir = join(root, '.reports', 'lighthouse-data');
  rmSync(dataDir, { recursive: true, force: true });
  const server = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  return { base, stop: () => server.kill('SIGTERM') };
}

async function firstPassport(base) {
  const answer = await fetch(`${base}/api/practices?limit=1`);
  const { items } = await answer.json();
  if (!items?.length) throw new Error('The catalogue is empty: no passport to measure');
  return `/practices/${items[0].slug}`;
}

function figures(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    transferKiB: Math.round(lhr.audits['total-byte-weight'].numericValue / 1024),
  };
}

function failuresOf(result) {
  const failures = [];
  for (const key of ['performance', 'accessibility', 'best-practices', 'seo']) {
    if (result[key] < TARGETS[key]) failures.push(`${key} ${result[key]} < ${TARGETS[key]}`);
  }
  if (result.lcpMs > TARGETS.lcpMs) failures.push(`LCP ${result.lcpMs} ms > ${TARGETS.lcpMs} ms`);
  if (result.cls > TARGETS.cls) failures.push(`CLS ${result.cls} > ${TARGETS.cls}`);
  return failures;
}

/** The audits that lost points outside performance, to say what to fix. */
function lostAudits(lhr) {
  return ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
}

const server = args.url ? null : await startServer(args.port);
const base = (args.url ?? server.base).replace(/\/$/, '');
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const reportsDir = join(root, '.reports', 'lighthouse');
mkdirSync(reportsDir, { recursive: true });

let failed = false;
try {
  const pages = {
    home: '/',
    catalogue: '/practices',
    passport: args.passport ?? (await firstPassport(base)),
  };
  const runs = Math.max(1, Number(args.runs));
  console.log(
    `Lighthouse ${lighthouse.version ?? '12.2.3'}, mobile, simulated throttling, ${runs} run(s) per page, ${base}`,
  );
  const rows = [];
  for (const [name, path] of Object.entries(pages)) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      results.push({ lhr, figures: figures(lhr) });
    }
    results.sort((a, b) => a.figures.performance - b.figures.performance);
    const median = results[Math.floor(results.length / 2)];
    writeFileSync(join(reportsDir, `${name}.json`), JSON.stringify(median.lhr));
    const failures = failuresOf(median.figures);
    rows.push({ page: name, path, ...median.figures, verdict: failures.length ? failures.join('; ') : 'ok' });
    if (failures.length) {
      failed = true;
      for (const audit of lostAudits(median.lhr)) console.log(`  ${name}: lost ${audit}`);
    }
  }
  console.table(rows);
  console.log(
    `Targets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO ${TARGETS.seo}, LCP ≤ ${TARGETS.lcpMs} ms, CLS ≤ ${TARGETS.cls}.`,
  );
} finally {
  chrome.kill();
  server?.stop();
}
process.exit(failed ? 1 : 0);
