// `pnpm test`: every check of the repository, in order, ending with one line that totals them:
// "N passed, N failed". Type checks, lint, the build and the bundle budget count as one check
// each; vitest and Playwright contribute their test counts. Database tests run on in-memory
// PGlite, and again on PostgreSQL when TEST_DATABASE_URL names a server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const startedAt = Date.now();
const totals = { passed: 0, failed: 0 };
const summary = [];

// Seconds the last command took, shown beside each check (docs/testing.md keeps the figures).
let lastSeconds = 0;

function run(command, args, env = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  lastSeconds = Math.round((Date.now() - started) / 1000);
  return result.status === 0;
}

function check(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? '✓' : '✗'} ${name} (${lastSeconds} s)`);
  return ok;
}

function vitest(name, args, env = {}) {
  const file = join(reports, `vitest-${name}.json`);
  const ok = run(
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`, ...args],
    env,
  );
  if (!existsSync(file)) return check(`vitest (${name}): did not report`, false);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  // A suite that fails to load has no failed tests but is a failure all the same.
  const broken = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  );
  totals.failed += broken.length;
  summary.push(
    `${ok ? '✓' : '✗'} vitest (${name}): ${report.numPassedTests} passed, ${report.numFailedTests + broken.length} failed (${lastSeconds} s)`,
  );
  return ok;
}

function playwright() {
  const file = join(reports, 'playwright.json');
  const ok = run('pnpm', ['exec', 'playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  if (!existsSync(file)) return check('playwright: did not report', false);
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  summary.push(
    `${ok ? '✓' : '✗'} playwright: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky (${lastSeconds} s)`,
  );
  return ok;
}

check('typecheck', run('pnpm', ['-r', '--workspace-concurrency=1', 'run', 'typecheck']));
check('lint and format (biome)', run('pnpm', ['exec', 'biome', 'ci', '.']));
check('import rules (dependency-cruiser)', run('pnpm', ['-s', 'lint:imports']));
// The OpenAPI document, generated without a server, linted by Spectral (spectral:oas): 0 errors, 0 warnings.
check('OpenAPI document (Spectral)', run('pnpm', ['-s', 'openapi:lint']));
vitest('pglite', [], { TEST_DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  vitest('postgresql', ['--project', 'db', '--project', 'api', '.int.test.']);
} else {
  summary.push('- PostgreSQL run skipped (set TEST_DATABASE_URL to a server to include it)');
}
const built = check('build', run('pnpm', ['build']));
if (built) {
  check('web bundle budget', run('node', ['scripts/check-bundle-size.mjs']));
  playwright();
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`pnpm test took ${Math.round((Date.now() - startedAt) / 1000)} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
