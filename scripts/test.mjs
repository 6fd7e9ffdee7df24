// `pnpm test`: every check of the repository, ending with one line that totals them:
// "N passed, N failed". Type checks, lint, the build and the bundle budget count as one check
// each; vitest and Playwright contribute their test counts. Database tests run on in-memory
// PGlite, and again on PostgreSQL when TEST_DATABASE_URL names a server.
//
// Checks that each keep about one core busy run side by side, in three stages (docs/testing.md,
// "How long it takes"):
//   1. type checks  ‖  lint, import rules, build, bundle budget
//   2. vitest on PGlite (two files at a time: it fills both cores alone)
//   3. Playwright (one browser, one server)  ‖  vitest on PostgreSQL (one file at a time)
// A check that runs beside another writes its output to .reports/<name>.log, printed whole when
// it ends, so two outputs never interleave.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const startedAt = Date.now();
const totals = { passed: 0, failed: 0 };
const summary = [];

/**
 * Runs a command; resolves to { ok, seconds }. With `log`, its output goes to that file and is
 * printed when it ends; otherwise it goes straight to the terminal.
 */
function run(command, args, { env = {}, log } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const header = `\n▶ ${command} ${args.join(' ')}`;
    if (!log) console.log(header);
    const child = spawn(command, args, {
      cwd: root,
      stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    const file = log ? join(reports, `${log}.log`) : null;
    if (file) {
      const out = createWriteStream(file);
      child.stdout.pipe(out);
      child.stderr.pipe(out);
    }
    child.on('close', (code) => {
      if (file) console.log(`${header}\n${readFileSync(file, 'utf8')}`);
      resolve({ ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

function check(name, { ok, seconds }) {
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`);
  return ok;
}

async function vitest(name, args, { env = {}, log } = {}) {
  const file = join(reports, `vitest-${name}.json`);
  const { ok, seconds } = await run(
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`, ...args],
    { env, log },
  );
  if (!existsSync(file)) return check(`vitest (${name}): did not report`, { ok: false, seconds });
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  // A suite that fails to load has no failed tests but is a failure all the same.
  const broken = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  );
  totals.failed += broken.length;
  summary.push(
    `${ok ? '✓' : '✗'} vitest (${name}): ${report.numPassedTests} passed, ${report.numFailedTests + broken.length} failed (${seconds} s)`,
  );
  return ok;
}

async function playwright() {
  const file = join(reports, 'playwright.json');
  const { ok, seconds } = await run('pnpm', ['exec', 'playwright', 'test'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  if (!existsSync(file)) return check('playwright: did not report', { ok: false, seconds });
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  summary.push(
    `${ok ? '✓' : '✗'} playwright: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky (${seconds} s)`,
  );
  return ok;
}

const stage = async (name, work) => {
  const started = Date.now();
  const result = await work();
  summary.push(`  stage ${name}: ${Math.round((Date.now() - started) / 1000)} s`);
  return result;
};

// 1. Type checks beside lint and the build (tsc and vite each keep one core busy).
const built = await stage('1 (types ‖ lint, build)', async () => {
  const [, isBuilt] = await Promise.all([
    run('pnpm', ['-r', '--workspace-concurrency=1', 'run', 'typecheck'], { log: 'typecheck' }).then((r) =>
      check('typecheck', r),
    ),
    (async () => {
      check('lint and format (biome)', await run('pnpm', ['exec', 'biome', 'ci', '.'], { log: 'biome' }));
      check(
        'import rules (dependency-cruiser)',
        await run('pnpm', ['-s', 'lint:imports'], { log: 'imports' }),
      );
      // The OpenAPI document, generated without a server, linted by Spectral (spectral:oas): 0
      // errors, 0 warnings.
      check('OpenAPI document (Spectral)', await run('pnpm', ['-s', 'openapi:lint'], { log: 'openapi' }));
      const ok = check('build', await run('pnpm', ['build'], { log: 'build' }));
      if (ok)
        check('web bundle budget', await run('node', ['scripts/check-bundle-size.mjs'], { log: 'bundle' }));
      return ok;
    })(),
  ]);
  return isBuilt;
});

// 2. vitest on PGlite, two files at a time.
await stage('2 (vitest on PGlite)', () => vitest('pglite', [], { env: { TEST_DATABASE_URL: '' } }));

// 3. The browser journeys beside vitest on PostgreSQL (one file at a time, so the journeys keep a
//    core: their timeouts are wall-clock).
await stage('3 (Playwright ‖ vitest on PostgreSQL)', () =>
  Promise.all([
    built ? playwright() : summary.push('- Playwright not run: the build failed'),
    process.env.TEST_DATABASE_URL
      ? vitest('postgresql', ['--project', 'db', '--project', 'api', '--maxWorkers=1', '.int.test.'], {
          log: 'vitest-postgresql',
        })
      : summary.push('- PostgreSQL run skipped (set TEST_DATABASE_URL to a server to include it)'),
  ]),
);

console.log(`\n${summary.join('\n')}\n`);
console.log(`pnpm test took ${Math.round((Date.now() - startedAt) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
