// Every refusal is application/problem+json in Russian, including those made before a route
// runs: by Node's HTTP parser (431, raw bytes in the address), by the router (bad %-sequences,
// a wrong method), by the body parser (JSON, charset, size) and the NUL guard.

import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app';
import { createUser, type SignedIn, signIn } from './users';

const cyrillic = /[а-яё]/i;

/** Sends raw bytes over a socket and returns the status, headers and body of the answer. */
function rawRequest(port: number, request: Buffer | string) {
  return new Promise<{ status: number; head: string; body: string }>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), head: head.toLowerCase(), body });
    });
    socket.end(request);
  });
}

describe('HTTP errors', () => {
  let t: TestApp;
  let port: number;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
  });
  afterAll(() => t.close());

  describe('before routing', () => {
    it('answers an over-long address with a 431 problem', async () => {
      const url = `/api/practices?q=${'а'.repeat(20_000)}`.replaceAll('а', '%D0%B0');
      const response = await rawRequest(port, `GET ${url} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
      expect(response.status).toBe(431);
      expect(response.head).toContain('content-type: application/problem+json');
      const problem = JSON.parse(response.body);
      expect(problem).toMatchObject({ status: 431, title: 'Слишком большие заголовки запроса' });
      expect(problem.detail).toMatch(cyrillic);
    });

    it('answers raw (unencoded) Cyrillic in the query with a 400 problem in Russian', async () => {
      const request = Buffer.concat([
        Buffer.from('GET /api/practices?q='),
        Buffer.from('школа', 'utf8'),
        Buffer.from(' HTTP/1.1\r\nHost: localhost\r\n\r\n'),
      ]);
      const response = await rawRequest(port, request);
      expect(response.status).toBe(400);
      expect(response.head).toContain('content-type: application/problem+json');
      const problem = JSON.parse(response.body);
      expect(problem).toMatchObject({ status: 400, title: 'Некорректный запрос' });
      expect(problem.detail).toMatch(/закодированы/);
    });

    it('answers a broken %-sequence in the path with a 400 problem', async () => {
      const response = await t.app.inject('/api/practices/%E0%A4%A');
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().detail).toMatch(cyrillic);
    });

    it('answers a wrong method on a known address with 405 and Allow', async () => {
      const response = await t.app.inject({ method: 'DELETE', url: '/api/regions' });
      expect(response.statusCode).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ type: '/problems/method-not-allowed', status: 405 });

      const withParams = await t.app.inject({ method: 'PUT', url: '/api/submissions/abc' });
      expect(withParams.statusCode).toBe(405);
      expect(withParams.headers.allow).toBe('GET, HEAD, PATCH');
    });

    it('still answers 404 to an address that does not exist at all', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/no-such-thing' });
      expect(response.statusCode).toBe(404);
      expect(response.headers.allow).toBeUndefined();
      expect(response.json().detail).toMatch(/Нет такого адреса/);
    });
  });

  describe('the body', () => {
    const login = (headers: Record<string, string>, payload: string | Buffer) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload });

    it('tells malformed and empty JSON in Russian', async () => {
      const bad = await login({ 'content-type': 'application/json' }, '{"email": ');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.json().detail).toBe('Тело запроса не является корректным JSON.');
      const empty = await login({ 'content-type': 'application/json' }, '');
      expect(empty.statusCode).toBe(400);
      expect(empty.json().detail).toMatch(cyrillic);
    });

    it('refuses a body that is not JSON with 415 in Russian', async () => {
      for (const type of ['text/plain', 'text/csv', 'application/x-www-form-urlencoded']) {
        const response = await login({ 'content-type': type }, 'email=a');
        expect(response.statusCode).toBe(415);
        expect(response.json()).toMatchObject({ type: '/problems/unsupported-media-type' });
        expect(response.json().detail).toMatch(/application\/json/);
      }
    });

    it('refuses a body over the limit with 413 in Russian', async () => {
      const response = await login(
        { 'content-type': 'application/json' },
        JSON.stringify({ email: 'a'.repeat(2_000_000) }),
      );
      expect(response.statusCode).toBe(413);
      expect(response.json().detail).toMatch(cyrillic);
    });

    it('refuses a body declared in another charset with 415', async () => {
      for (const charset of ['utf-7', 'UTF-16', 'windows-1251', '"utf-16le"']) {
        const response = await login(
          { 'content-type': `application/json; charset=${charset}` },
          JSON.stringify({ email: 'a@b.c', password: 'x' }),
        );
        expect(response.statusCode, charset).toBe(415);
        expect(response.json().detail).toMatch(/UTF-8/);
      }
      const utf8 = await login(
        { 'content-type': 'application/json; charset=UTF-8' },
        JSON.stringify({ email: 'nobody@example.org', password: 'wrong password' }),
      );
      expect(utf8.statusCode).toBe(401);
    });

    it('refuses invalid UTF-8 with 400 instead of storing U+FFFD', async () => {
      const payload = Buffer.concat([
        Buffer.from('{"passport":{"title":"Школа '),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('"}}'),
      ]);
      const before = await t.db.prisma.practice.count();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/submissions',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().detail).toMatch(/UTF-8/);
      expect(await t.db.prisma.practice.count()).toBe(before);
    });
  });

  describe('validation messages', () => {
    it("are Russian, for zod's own messages too (the contest form)", async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/staff/contests',
        headers: admin.headers,
        payload: {
          title: 'Конкурс',
          startsOn: '2027-01-01',
          endsOn: '2027-02-01',
          submissionOpensAt: '2027-01-01T10:00',
          submissionClosesAt: 42,
        },
      });
      expect(response.statusCode).toBe(400);
      const errors = response.json().errors as { field: string; message: string }[];
      expect(errors.map((e) => e.field).sort()).toEqual([
        'body.submissionClosesAt',
        'body.submissionOpensAt',
      ]);
      for (const error of errors) {
        expect(error.message).toMatch(cyrillic);
        expect(error.message).not.toMatch(/Invalid|expected/);
      }
      const query = await t.app.inject('/api/practices?sort=bogus');
      expect(query.statusCode).toBe(400);
      expect(query.json().errors[0].message).toMatch(cyrillic);
    });
  });

  describe('the NUL character', () => {
    it('is a 400 naming the query field, not a 500', async () => {
      const response = await t.app.inject('/api/practices?q=%00');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        { field: 'query.q', message: 'Недопустимый символ: нулевой байт (U+0000)' },
      ]);
    });

    it('is a 400 naming the path parameter', async () => {
      const response = await t.app.inject('/api/practices/ab%00c');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('params.slug');
    });

    it('is a 400 naming a nested body field, and nothing is written', async () => {
      const before = await t.db.prisma.practice.count();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/submissions',
        headers: admin.headers,
        payload: { regionCode: '72', passport: { title: 'Школа\u0000', themes: ['a', 'b\u0000'] } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'body.passport.title',
        'body.passport.themes.1',
      ]);
      expect(await t.db.prisma.practice.count()).toBe(before);
    });

    it('is a 400 in the security-log filters and the login form', async () => {
      const log = await t.app.inject({
        url: '/api/admin/security-events?email=%00',
        headers: admin.headers,
      });
      expect(log.statusCode).toBe(400);
      expect(log.json().errors[0].field).toBe('query.email');
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'a\u0000@b.c', password: 'x' },
      });
      expect(login.statusCode).toBe(400);
      expect(login.json().errors[0].field).toBe('body.email');
    });
  });
});
