// `pnpm dev`: the API with reload (tsx watch) on API_PORT (3000) and Vite's dev server on 5173,
// which proxies /api to it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const apiPort = process.env.API_PORT ?? process.env.PORT ?? '3000';
const children = [
  spawn('pnpm', ['exec', 'tsx', 'watch', '--clear-screen=false', 'apps/api/src/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development', PORT: apiPort },
  }),
  spawn('pnpm', ['--filter', '@registry/web', 'exec', 'vite'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
