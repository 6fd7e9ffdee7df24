// The "done when", as a user runs it: the real server process with SMTP_URL pointing at
// a test SMTP server; a moderator invites an expert through the API, and the invitation arrives
// by mail (STARTTLS, authentication) with the link to accept it under PUBLIC_URL.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { makeTempDir } from '@registry/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from './smtp.test-support';

const apiDir = join(import.meta.dirname, '..', '..', '..');
const PASSWORD = 'moderator-password-1';

describe('mail from the running server', () => {
  const temp = makeTempDir('mail-process-');
  let smtp: TestSmtpServer;
  let child: ChildProcess | undefined;
  let output = '';
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await smtp.close();
    temp.remove();
  });

  it('a moderator invites an expert and the invitation arrives on the SMTP server', async () => {
    const port = String(40_000 + Math.floor(Math.random() * 20_000));
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATA_DIR: join(temp.dir, 'data'),
      PORT: port,
      SEED_DEMO: 'false',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Реестр <noreply@registry.example.ru>',
      PUBLIC_URL: 'https://registry.example.ru',
    };
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/users-create.ts',
        '--role',
        'moderator',
        '--email',
        'mod@example.ru',
        '--name',
        'Модератор',
      ],
      { cwd: apiDir, env: { ...env, REGISTRY_PASSWORD: PASSWORD }, stdio: 'ignore' },
    );
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const started = Date.now();
    while (!/Реестр лучших практик: http/.test(output)) {
      if (child.exitCode !== null || Date.now() - started > 90_000)
        throw new Error(`server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const base = `http://127.0.0.1:${port}/api`;
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'mod@example.ru', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const invited = await fetch(`${base}/accounts/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ email: 'expert@example.ru', name: 'Эксперт Новый', role: 'expert' }),
    });
    expect(invited.status).toBe(201);
    const { inviteUrl } = (await invited.json()) as { inviteUrl: string };

    // The worker polls every 5 s.
    const waitStarted = Date.now();
    while (smtp.received.length === 0 && Date.now() - waitStarted < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.envelopeTo).toEqual(['expert@example.ru']);
    expect(mail?.secure).toBe(true);
    expect(mail?.parsed.subject).toBe('Приглашение в Реестр лучших практик');
    expect(mail?.parsed.from?.text).toContain('noreply@registry.example.ru');
    expect(mail?.parsed.text).toContain(`https://registry.example.ru${inviteUrl}`);

    child.kill('SIGTERM');
    expect((await once(child, 'exit'))[0]).toBe(0);
  }, 150_000);
});
