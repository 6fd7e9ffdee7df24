// The OpenAPI document is for people who generate clients from it: every operation is named
// (operationId) and described, errors are problem+json, and the session and CSRF header are
// declared. A new route without them fails here (and in `pnpm openapi:lint`, Spectral).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app';

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Spec = {
  info: { contact?: { name?: string; url?: string } };
  servers?: { url: string }[];
  components: { securitySchemes?: Record<string, { type: string; in: string; name: string }> };
  paths: Record<string, Record<string, Operation>>;
};

describe('the OpenAPI document', () => {
  let t: TestApp;
  let spec: Spec;
  beforeAll(async () => {
    t = await createTestApp();
    spec = (await t.app.inject('/api/openapi.json')).json() as Spec;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        key: `${method.toUpperCase()} ${path}`,
        ...operation,
      })),
    );

  it('gives every operation an operationId, a summary and a description', () => {
    expect(
      operations()
        .filter((o) => !o.operationId || !o.summary || !o.description)
        .map((o) => o.key),
    ).toEqual([]);
  });

  it('keeps operationIds unique', () => {
    const ids = operations().map((o) => o.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('documents every error response as application/problem+json', () => {
    // The health probe answers its own document with 503, for monitors that read it.
    const notProblems = new Set(['GET /api/health 503']);
    const wrong = operations().flatMap((o) =>
      Object.entries(o.responses)
        .filter(([status, answer]) => Number(status) >= 400 && !answer.content?.['application/problem+json'])
        .map(([status]) => `${o.key} ${status}`)
        .filter((key) => !notProblems.has(key)),
    );
    expect(wrong).toEqual([]);
  });

  it('declares the session cookie and the CSRF header, and asks for them where a 401 is possible', () => {
    expect(spec.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie' },
      csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
    });
    const create = spec.paths['/api/adoptions']?.post;
    expect(create?.security).toEqual([{ session: [], csrf: [] }]);
    expect(spec.paths['/api/adoptions']?.get?.security).toEqual([{ session: [] }]);
    expect(spec.paths['/api/practices']?.get?.security).toBeUndefined();
  });

  it('names a server (the address the reader used, without PUBLIC_URL) and a contact', async () => {
    const served = await t.app.inject({ url: '/api/openapi.json', headers: { host: 'reestr.example' } });
    expect(served.json().servers).toEqual([
      { url: 'http://reestr.example', description: expect.any(String) },
    ]);
    expect(spec.info.contact?.url).toMatch(/\/open-data$/);
  });
});
