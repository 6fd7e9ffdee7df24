// /api/docs groups operations by tag: every tag a route uses is declared, with a description,
// by the module that registers the route (lib/api-module.ts, app.ts's API_MODULES).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app';

type Spec = {
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, { tags?: string[] }>>;
};

describe('OpenAPI tags', () => {
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
        key: `${method} ${path}`,
        tags: operation.tags,
      })),
    );

  it('gives every operation a tag', () => {
    expect(
      operations()
        .filter((o) => !o.tags?.length)
        .map((o) => o.key),
    ).toEqual([]);
  });

  it('declares every tag an operation uses, once, with a description', () => {
    const declared = (spec.tags ?? []).map((tag) => tag.name);
    const used = new Set(operations().flatMap((o) => o.tags ?? []));
    expect([...used].filter((tag) => !declared.includes(tag))).toEqual([]);
    expect(new Set(declared).size).toBe(declared.length);
    expect((spec.tags ?? []).filter((tag) => !tag.description)).toEqual([]);
  });
});
