// `pnpm test:quick`: the checks that need no database, server or browser — type checks, lint
// and the unit tests (every `*.test.ts(x)` but the `*.int.test.ts` ones) — in under a minute.
// The type checks run beside lint and the unit tests (each mostly uses one core); the output of
// each is printed whole when it ends, so the two never interleave.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function run(name, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`\n▶ ${name}: ${command} ${args.join(' ')}\n${output}`);
      resolve({ name, ok: code === 0, seconds });
    });
  });
}

const started = Date.now();
const results = await Promise.all([
  (async () => [
    await run('typecheck', 'pnpm', ['-r', '--workspace-concurrency=1', 'run', 'typecheck']),
    await run('import rules', 'pnpm', ['-s', 'lint:imports']),
  ])(),
  (async () => [
    await run('lint', 'pnpm', ['exec', 'biome', 'ci', '.']),
    await run('unit tests', 'pnpm', ['exec', 'vitest', 'run', '--exclude', '**/*.int.test.ts']),
  ])(),
]).then((all) => all.flat());

for (const { name, ok, seconds } of results) console.log(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`);
console.log(`test:quick ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
