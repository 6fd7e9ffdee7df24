import { openDatabase } from '@registry/db/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, TEST_PASSWORD } from '../../../test/users';
import { buildApp } from '../../app';
import { loadConfig } from '../../config/env';
import { totpCode, wrongTotpCode } from '../accounts/accounts.test-support';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from './auth.service';
import { logSecurityEvent } from './security-log.repository';
import { newTotpSecret } from './totp';

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  let address = 0;
  /** A fresh client address, so the tests do not share the per-address allowance. */
  const newAddress = () => `10.0.${Math.floor(++address / 250)}.${address % 250}`;
  const login = (
    email: string,
    password: string,
    remoteAddress: string,
    extra: { totpCode?: string } = {},
    app = t.app,
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      payload: { email, password, ...extra },
    });
  const statuses = (responses: { statusCode: number }[]) =>
    responses.reduce<Record<number, number>>((count, r) => {
      count[r.statusCode] = (count[r.statusCode] ?? 0) + 1;
      return count;
    }, {});

  it('lets at most the limit of 25 simultaneous wrong passwords for one account through; the rest get 429', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const ip = newAddress();
    const responses = await Promise.all(
      Array.from({ length: 25 }, () => login(user.email, 'wrong-password', ip)),
    );
    const count = statuses(responses);
    expect(count[401]).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(count[429]).toBe(25 - MAX_FAILURES_PER_ACCOUNT);
    expect(Number(responses.find((r) => r.statusCode === 429)?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets at most the rest of the address allowance through when 50 attempts arrive at once', async () => {
    const ip = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - 6; i++) {
      expect((await login(`nobody-${i}@example.org`, 'wrong-password', ip)).statusCode).toBe(401);
    }
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(`someone-${i}@example.org`, 'wrong-password', ip)),
    );
    const count = statuses(responses);
    expect(count[401]).toBe(6);
    expect(count[429]).toBe(44);
  });

  it('does not count successful logins as failures', async () => {
    const user = await createUser(t.db, { role: 'expert' });
    const ip = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 3; i++) {
      expect((await login(user.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
    }
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) {
      expect((await login(user.email, 'wrong-password', ip)).statusCode).toBe(401);
    }
    expect((await login(user.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('records a throttling episode once, with the count of refused attempts', async () => {
    const user = await createUser(t.db, { role: 'moderator' });
    const ip = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await login(user.email, 'wrong-password', ip);
    const refused = await Promise.all(Array.from({ length: 20 }, () => login(user.email, 'wrong', ip)));
    expect(statuses(refused)[429]).toBe(20);
    for (let i = 0; i < 5; i++) expect((await login(user.email, 'wrong', ip)).statusCode).toBe(429);
    const episodes = await t.db.prisma.securityEvent.findMany({
      where: { kind: 'login_throttled', email: user.email },
      select: { detail: true },
    });
    expect(episodes).toHaveLength(1);
    expect(episodes[0]?.detail).toMatchObject({ scope: 'account', count: 25 });
    expect(await t.db.prisma.securityEvent.count({ where: { email: user.email, ip } })).toBe(
      MAX_FAILURES_PER_ACCOUNT + 1,
    );
  });

  it('lets the owner of a locked account with a second factor sign in with the password and a code', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const { secret } = newTotpSecret(user.email);
    await t.db.prisma.user.update({ where: { id: user.id }, data: { totpSecret: secret } });
    const attacker = newAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await login(user.email, 'wrong-password', attacker);

    const owner = newAddress();
    const locked = await login(user.email, TEST_PASSWORD, owner);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().detail).toMatch(/код из приложения/);
    // A wrong code, or a right code with a wrong password, is refused alike.
    expect(
      (await login(user.email, TEST_PASSWORD, attacker, { totpCode: wrongTotpCode(secret) })).statusCode,
    ).toBe(401);
    expect(
      (await login(user.email, 'wrong-password', attacker, { totpCode: totpCode(secret) })).statusCode,
    ).toBe(401);
    const signedIn = await login(user.email, TEST_PASSWORD, owner, { totpCode: totpCode(secret, 1) });
    expect(signedIn.statusCode).toBe(200);

    // Without a second factor, the lock holds.
    const plain = await createUser(t.db, { role: 'admin' });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await login(plain.email, 'wrong-password', attacker);
    expect((await login(plain.email, TEST_PASSWORD, owner, { totpCode: '123456' })).statusCode).toBe(429);
  });

  it('tells a disabled person who gives the right password that the account is disabled, and no one else', async () => {
    const user = await createUser(t.db, { role: 'expert', status: 'disabled' });
    const ip = newAddress();
    const wrong = await login(user.email, 'wrong-password', ip);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().detail).not.toMatch(/отключена/);
    const right = await login(user.email, TEST_PASSWORD, ip);
    expect(right.statusCode).toBe(403);
    expect(right.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(right.json()).toMatchObject({ type: '/problems/account-disabled' });
    expect(right.json().detail).toMatch(/Учётная запись отключена/);
    expect(right.headers['set-cookie']).toBeUndefined();
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'holds the limit across two application processes on one database',
    async () => {
      // Its own pool and Prisma client, as a second process would have.
      const secondDb = await openDatabase({ databaseUrl: t.db.url ?? undefined, dataDir: null, poolSize: 4 });
      const second = await buildApp({
        config: loadConfig({ NODE_ENV: 'test' }),
        db: secondDb,
        logger: false,
      });
      await second.ready();
      try {
        const user = await createUser(t.db, { role: 'admin' });
        const ip = newAddress();
        const responses = await Promise.all(
          Array.from({ length: 24 }, (_, i) =>
            login(user.email, 'wrong-password', ip, {}, i % 2 === 0 ? t.app : second),
          ),
        );
        expect(statuses(responses)[401]).toBe(MAX_FAILURES_PER_ACCOUNT);
      } finally {
        await second.close();
        await secondDb.close();
      }
    },
  );
});

describe('the security log cap', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps one source from writing more than its share, counting the rest in one row', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 10; i++) {
      await logSecurityEvent(t.db.prisma, { kind: 'access_refused', ip }, { capPerSource: 3 });
    }
    await logSecurityEvent(t.db.prisma, { kind: 'access_refused', ip: '192.0.2.78' }, { capPerSource: 3 });
    const rows = await t.db.prisma.securityEvent.findMany({
      where: { ip },
      select: { kind: true, detail: true },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((row) => row.kind)).toEqual([
      'access_refused',
      'access_refused',
      'access_refused',
      'security_log_capped',
    ]);
    expect(rows[3]?.detail).toMatchObject({ count: 7 });
    expect(await t.db.prisma.securityEvent.count({ where: { ip: '192.0.2.78' } })).toBe(1);
  });
});
