// The server as a user starts it: a real process on an embedded data folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { makeTempDir } from '@registry/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const apiDir = join(import.meta.dirname, '..');

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk) => (text += chunk));
  child.stderr?.on('data', (chunk) => (text += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => text, exited };
}

async function waitFor(running: Running, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!pattern.test(running.output())) {
    if (running.child.exitCode !== null) throw new Error(`server exited early:\n${running.output()}`);
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out waiting for ${pattern}:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const port = () => String(40_000 + Math.floor(Math.random() * 20_000));

describe('the server process', () => {
  const temp = makeTempDir('server-');
  afterAll(() => temp.remove());
  const dataDir = join(temp.dir, 'data');

  it('starts on an empty data folder, refuses a second process, stops cleanly and keeps its data', async () => {
    const p = port();
    const first = startServer({ DATA_DIR: dataDir, PORT: p });
    try {
      await waitFor(first, /Реестр лучших практик: http:\/\/localhost:\d+/);
      expect(first.output()).toMatch(/applied 1 migration|applied \d+ migration/);
      const regions = (await fetch(`http://127.0.0.1:${p}/api/regions/72`).then((r) => r.json())) as {
        nameRu: string;
      };
      expect(regions.nameRu).toBe('Тюменская область');

      const second = startServer({ DATA_DIR: dataDir, PORT: port() });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/already in use by process \d+/);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/stopped/);

    const again = startServer({ DATA_DIR: dataDir, PORT: p });
    try {
      await waitFor(again, /Реестр лучших практик/);
      expect(again.output()).toMatch(/database schema is up to date/);
      const health = (await fetch(`http://127.0.0.1:${p}/api/health`).then((r) => r.json())) as {
        database: unknown;
      };
      expect(health.database).toMatchObject({ status: 'up', mode: 'embedded' });
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
    // Real processes migrating a real data folder: slow on a busy 2-core machine, so more time
    // than vitest's default per test.
  }, 180_000);

  it('exits with a message naming a bad setting', async () => {
    const bad = startServer({ DATA_DIR: dataDir, PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/Invalid configuration:[\s\S]*PORT="eighty"/);
  });
});
