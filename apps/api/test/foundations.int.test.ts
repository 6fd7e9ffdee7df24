// Behaviour every endpoint inherits: problem+json errors, OpenAPI, health, request ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app';

describe('API foundations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database in /api/health', async () => {
    const response = await t.app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up', mode: t.db.url ? 'postgres' : 'embedded' },
    });
  });

  it('answers unknown API routes with a problem+json 404', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await t.app.inject({ method, url: '/api/no-such-thing' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({
        type: '/problems/not-found',
        title: expect.any(String),
        status: 404,
      });
    }
  });

  it('serves an OpenAPI 3.1 document generated from the contracts', async () => {
    const response = await t.app.inject('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/regions', '/api/regions/{code}', '/api/health']),
    );
    const params = doc.paths['/api/regions/{code}'].get.parameters;
    expect(params[0]).toMatchObject({ name: 'code', in: 'path', schema: { pattern: '^\\d{2}$' } });
  });

  it('serves Swagger UI at /api/docs', async () => {
    const response = await t.app.inject('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });

  it('echoes a request id, and keeps the one a proxy sent', async () => {
    const own = await t.app.inject('/api/health');
    expect(own.headers['x-request-id']).toBeTruthy();
    const forwarded = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': 'abc-123' } });
    expect(forwarded.headers['x-request-id']).toBe('abc-123');
  });
});

describe('unexpected errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { createTestDatabase } = await import('@registry/db/testing');
    const { buildApp } = await import('../src/app');
    const { loadConfig } = await import('../src/config/env');
    const db = await createTestDatabase();
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), db });
    app.get('/api/boom', () => {
      throw new Error('secret internals: password=hunter2 at /srv/app.ts:12');
    });
    app.post(
      '/api/echo',
      { bodyLimit: 1024, config: { access: 'public' } },
      (request) => request.body as object,
    );
    await app.ready();
    t = {
      app,
      db,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  });
  afterAll(() => t.close());

  it('become a generic 500 problem without internals', async () => {
    const response = await t.app.inject('/api/boom');
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).not.toMatch(/secret|hunter2|app\.ts|at /);
    expect(response.json()).toMatchObject({ type: '/problems/internal-error', status: 500 });
  });

  it('malformed JSON is a 400 problem', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('a body over the limit is a 413 problem', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'я'.repeat(2000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
  });

  it('an unsupported content type is a 415 problem', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ type: '/problems/unsupported-media-type' });
  });
});
