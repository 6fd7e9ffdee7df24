// Authentication and CSRF come before validation: a refused caller learns nothing about a
// route's schema. The test walks every operation of the OpenAPI document, so a new route is
// covered the day it is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app';
import { createUser, type SignedIn, signIn } from './users';

/** The writes anyone may make: the credential is a password or a link's token, not a session. */
const PUBLIC_WRITES = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/accounts/password-reset',
  'POST /api/accounts/password-reset/{token}',
  'POST /api/accounts/invitations/{token}/accept',
  'POST /api/notifications/unsubscribe',
  // Saved searches: a visitor subscribes with an e-mail; the links' token is the credential.
  'POST /api/saved-searches',
  'POST /api/saved-searches/by-token/{token}/confirm',
  'PATCH /api/saved-searches/by-token/{token}',
  'DELETE /api/saved-searches/by-token/{token}',
  'POST /api/saved-searches/unsubscribe/{token}',
  // «Хочу внедрить эту практику»: a visitor's request, guarded by a form token and rate limits.
  'POST /api/practices/{slug}/adopt-requests',
]);
/** "Who am I?" answers 401 itself, without a security-log entry: every visitor asks it. */
const SELF_CHECKED_READS = new Set(['GET /api/auth/me']);

/** Routes open to an expert, or to any signed-in user with the service deciding. */
const EXPERT_VALIDATED = [
  'DELETE /api/reviews/conflicts/mine/{id}',
  'DELETE /api/saved-searches/mine/{id}',
  'GET /api/reviews/assignments/{id}',
  'GET /api/staff/nominations/{id}',
  'GET /api/submissions',
  'GET /api/submissions/{id}',
  'GET /api/submissions/{id}/history',
  'GET /api/submissions/{id}/materials',
  'GET /api/submissions/{id}/versions',
  'GET /api/submissions/{id}/versions/{number}/diff',
  'PATCH /api/saved-searches/mine/{id}',
  'PATCH /api/submissions/{id}',
  'POST /api/accounts/me/password',
  'POST /api/accounts/me/totp/disable',
  'POST /api/accounts/me/totp/enable',
  'POST /api/accounts/me/totp/setup',
  'POST /api/notifications/read',
  'POST /api/reviews/assignments/{id}/decline',
  'POST /api/reviews/assignments/{id}/review',
  'POST /api/reviews/conflicts/mine',
  'POST /api/saved-searches/mine',
  'POST /api/submissions',
  'POST /api/submissions/{id}/transitions',
  'PUT /api/notifications/preferences',
  'PUT /api/staff/entries/{id}/score',
  'PUT /api/submissions/{id}/slug',
];

type Operation = { method: string; path: string; url: string; declares401: boolean };

const BAD_BODY = JSON.stringify({ unexpected: '\u0000', title: 42 });

describe('access is checked before input', () => {
  let t: TestApp;
  let operations: Operation[];
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestApp();
    const spec = (await t.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
    };
    operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        // Any value will do for a parameter: it must not be looked at before access is decided.
        url: path.replaceAll(/\{[^}]+\}/g, 'x'),
        declares401: Object.hasOwn(operation.responses ?? {}, '401'),
      })),
    );
    const user = await createUser(t.db, { role: 'admin' });
    admin = await signIn(t.app, user.email);
  });
  afterAll(() => t.close());

  const writes = () => operations.filter((o) => !['GET', 'HEAD'].includes(o.method));

  it('finds the routes to walk', () => {
    expect(writes().length).toBeGreaterThan(30);
    for (const key of PUBLIC_WRITES) {
      expect(operations.map((o) => `${o.method} ${o.path}`)).toContain(key);
    }
  });

  it('answers 401, not 400, to an anonymous write with a bad body on every protected route', async () => {
    const wrong: string[] = [];
    for (const op of writes()) {
      if (PUBLIC_WRITES.has(`${op.method} ${op.path}`)) continue;
      const response = await t.app.inject({
        method: op.method as 'POST',
        url: `${op.url}?limit=bogus`,
        headers: { 'content-type': 'application/json' },
        payload: BAD_BODY,
      });
      if (response.statusCode !== 401 || response.json().errors !== undefined)
        wrong.push(`${op.method} ${op.path}: ${response.statusCode}`);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 401 before reading malformed JSON, a wrong content type or an oversized body', async () => {
    for (const [headers, payload] of [
      [{ 'content-type': 'application/json' }, '{"title": '],
      [{ 'content-type': 'text/csv' }, 'a,b'],
      [{ 'content-type': 'application/json; charset=utf-16' }, '{}'],
    ] as const) {
      const response = await t.app.inject({ method: 'POST', url: '/api/submissions', headers, payload });
      expect(response.statusCode).toBe(401);
    }
  });

  it('answers 401 to an anonymous read of staff data with a bad query', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      if (op.method !== 'GET' || !op.declares401 || SELF_CHECKED_READS.has(`${op.method} ${op.path}`))
        continue;
      const response = await t.app.inject({ method: 'GET', url: `${op.url}?status=bogus&limit=-1` });
      if (response.statusCode !== 401) wrong.push(`${op.method} ${op.path}: ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403, not 400, to a signed-in write without the CSRF token on every route that needs it', async () => {
    const wrong: string[] = [];
    for (const op of writes()) {
      // Login and the token links take no CSRF token; logout without it is refused like the rest.
      if (PUBLIC_WRITES.has(`${op.method} ${op.path}`) && op.path !== '/api/auth/logout') continue;
      const response = await t.app.inject({
        method: op.method as 'POST',
        url: op.url,
        headers: { cookie: admin.cookie, 'content-type': 'application/json' },
        payload: BAD_BODY,
      });
      if (response.statusCode !== 403 || response.json().type !== '/problems/csrf-token-invalid')
        wrong.push(`${op.method} ${op.path}: ${response.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403, not 400, to a role the route is not for, before reading the body', async () => {
    const expert = await signIn(t.app, (await createUser(t.db, { role: 'expert' })).email);
    const validated: string[] = [];
    for (const op of operations) {
      if (PUBLIC_WRITES.has(`${op.method} ${op.path}`)) continue;
      if (op.method === 'GET' && !op.declares401) continue;
      const response = await t.app.inject({
        method: op.method as 'POST',
        url: `${op.url}?status=bogus&limit=-1`,
        headers: { ...expert.headers, 'content-type': 'application/json' },
        ...(op.method === 'GET' ? {} : { payload: BAD_BODY }),
      });
      if (response.statusCode === 400) validated.push(`${op.method} ${op.path}`);
      else expect([200, 201, 204, 403, 404, 409], `${op.method} ${op.path}`).toContain(response.statusCode);
    }
    // The only routes whose input an expert may learn about: those open to experts (or to
    // every signed-in user, where the service decides by region or ownership).
    expect(validated.sort()).toEqual(EXPERT_VALIDATED);
  });

  it('still validates the input of a caller who may ask', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 42 }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.length).toBeGreaterThan(0);
  });
});
