// For the accounts integration tests: the test app, with the server log captured, because
// links reach people through the log until there is an e-mail service.
import { Writable } from 'node:stream';
import { createTestDatabase } from '@registry/db/testing';
import { Secret, TOTP } from 'otpauth';
import pino from 'pino';
import type { TestApp } from '../../../test/app';
import { buildApp } from '../../app';
import { loadConfig } from '../../config/env';

export interface AccountsTestApp extends TestApp {
  /** The token of the newest link of this kind logged for `email`, or undefined. */
  loggedToken(email: string, kind: 'resetUrl'): string | undefined;
  /** Everything the server logged so far. */
  logText(): string;
}

export async function createAccountsTestApp(): Promise<AccountsTestApp> {
  const db = await createTestDatabase({ referenceData: true });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test' }),
    db,
    catalogueVersionTtlMs: 0,
    loggerInstance: pino({ level: 'info' }, sink),
  });
  await app.ready();
  return {
    app,
    db,
    logText: () => lines.join(''),
    loggedToken(email, kind) {
      const entries = lines.map((line) => JSON.parse(line) as Record<string, string>);
      const url = entries.filter((entry) => entry.email === email && entry[kind]).at(-1)?.[kind];
      return url?.split('/').at(-1);
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** The code an authenticator app shows for `secret`, `offsetSteps` periods from now. */
export const totpCode = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

/** A well-formed code that is wrong for `secret` at any time near now. */
export function wrongTotpCode(secret: string) {
  const near = new Set([-2, -1, 0, 1, 2].map((offset) => totpCode(secret, offset)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}
