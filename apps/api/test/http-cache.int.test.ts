// HTTP caching and compression: ETags from the catalogue version (the same in every process),
// 304 on If-None-Match, shared caching only for public catalogue answers, br/gzip over 1 KB,
// the catalogue's own gzip copies and the web build's precompressed files sent as they are.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { makeTempDir } from '@registry/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type App, buildApp } from '../src/app';
import { loadConfig } from '../src/config/env';
import { createTestApp, type TestApp } from './app';
import { createUser, type SignedIn, signIn } from './users';

describe('HTTP caching and compression', () => {
  let t: TestApp;
  let second: App;
  let admin: SignedIn;
  const web = makeTempDir('registry-web-');

  beforeAll(async () => {
    t = await createTestApp();
    // A second API process on the same database, as behind a load balancer.
    mkdirSync(join(web.dir, 'assets'));
    writeFileSync(join(web.dir, 'index.html'), '<!doctype html><title>Реестр</title>');
    const script = `console.log(${JSON.stringify('реестр '.repeat(400))});`;
    writeFileSync(join(web.dir, 'assets', 'app-abc123.js'), script);
    writeFileSync(join(web.dir, 'assets', 'app-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(web.dir, 'assets', 'app-abc123.js.gz'), gzipSync(script));
    second = await buildApp({
      config: { ...loadConfig({ NODE_ENV: 'test' }), webDistDir: web.dir },
      db: t.db,
      catalogueVersionTtlMs: 0,
    });
    await second.ready();
    admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
    web.remove();
  });

  it('tags a public catalogue answer from the catalogue version, the same in every process', async () => {
    const first = await t.app.inject('/api/regions');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^W\/"c\d+-/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const other = await second.inject('/api/regions');
    expect(other.headers.etag).toBe(first.headers.etag);
  });

  it('answers 304 without a body when If-None-Match matches, in any process', async () => {
    const { headers } = await t.app.inject('/api/themes');
    const etag = String(headers.etag);
    for (const app of [t.app, second]) {
      const again = await app.inject({ url: '/api/themes', headers: { 'if-none-match': `"x", ${etag}` } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
    }
    const stale = await t.app.inject({ url: '/api/themes', headers: { 'if-none-match': 'W/"c0-old"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('changes the tag when the catalogue changes, whichever process wrote', async () => {
    const before = String((await t.app.inject('/api/regions/72')).headers.etag);
    await t.db.pool.query("UPDATE regions SET name_en = name_en || ' ' WHERE code = '72'");
    for (const app of [t.app, second]) {
      const after = await app.inject({ url: '/api/regions/72', headers: { 'if-none-match': before } });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(before);
    }
    await t.db.pool.query("UPDATE regions SET name_en = rtrim(name_en) WHERE code = '72'");
  });

  it('never answers 304 with the old tag after a write through the same process', async () => {
    // Production reads the version at most once a second; this process trusts it for a minute, so
    // only the write itself can make the next answer see the change.
    const slow = await buildApp({
      config: loadConfig({ NODE_ENV: 'test' }),
      db: t.db,
      catalogueVersionTtlMs: 60_000,
    });
    await slow.ready();
    try {
      const moderator = await signIn(slow, (await createUser(t.db, { role: 'moderator' })).email);
      const before = await slow.inject('/api/contests');
      expect(before.statusCode).toBe(200);
      expect(before.headers.etag).toBeDefined();
      const created = await slow.inject({
        method: 'POST',
        url: '/api/staff/contests',
        headers: moderator.headers,
        payload: {
          title: 'Конкурс для проверки кэша',
          startsOn: '2026-12-01',
          endsOn: '2026-12-05',
          submissionOpensAt: '2026-11-01T00:00:00Z',
          submissionClosesAt: '2026-12-20T00:00:00Z',
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const after = await slow.inject({
        url: '/api/contests',
        headers: { 'if-none-match': String(before.headers.etag) },
      });
      expect(after.statusCode).toBe(200);
      expect(after.body).toContain('Конкурс для проверки кэша');
    } finally {
      await slow.close();
    }
  });

  it('tags contest pages by the minute as well: phases open and close with the clock', async () => {
    const now = Date.now();
    const spy = vi.spyOn(Date, 'now');
    try {
      spy.mockReturnValue(now);
      const first = await t.app.inject('/api/contests');
      expect(first.statusCode, first.body).toBe(200);
      const a = String(first.headers.etag);
      spy.mockReturnValue(now + 61_000);
      const b = String((await t.app.inject('/api/contests')).headers.etag);
      expect(a).toMatch(/^W\/"c\d+-m\d+-/);
      expect(b).not.toBe(a);
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps per-user and staff answers out of shared caches, without a tag', async () => {
    for (const url of ['/api/auth/me', '/api/submissions', '/api/accounts', '/api/health']) {
      const response = await t.app.inject({ url, headers: admin.headers });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(response.headers.etag, url).toBeUndefined();
    }
  });

  it('never tags or shares a refusal', async () => {
    const missing = await t.app.inject('/api/practices/no-such-practice');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('compresses JSON over 1 KB with br or gzip as the client accepts', async () => {
    const plain = await t.app.inject({ url: '/api/regions', headers: { 'accept-encoding': 'identity' } });
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();

    const br = await t.app.inject({ url: '/api/regions', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);

    const gz = await t.app.inject({ url: '/api/regions', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it('compresses the OpenAPI document and CSV downloads, and tags the document by release', async () => {
    const spec = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(spec.headers['content-encoding']).toBe('br');
    expect(spec.headers.etag).toBe('W/"r-0.1.0"');
    const again = await t.app.inject({
      url: '/api/openapi.json',
      headers: { 'if-none-match': String(spec.headers.etag) },
    });
    expect(again.statusCode).toBe(304);

    const csv = await t.app.inject({
      url: '/api/statistics/regions.csv',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(csv.rawPayload).toString()).toContain('Тюменская');
    expect(csv.headers.etag).toMatch(/^W\/"c/);
  });

  it('leaves small answers uncompressed', async () => {
    const small = await t.app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it("sends the catalogue cache's gzip copy as it is, and still answers 304", async () => {
    const zipped = await t.app.inject({ url: '/api/practices', headers: { 'accept-encoding': 'br, gzip' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toHaveProperty('items');
    const again = await t.app.inject({
      url: '/api/practices',
      headers: { 'if-none-match': String(zipped.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it("serves the web build's precompressed assets, and tags them", async () => {
    const br = await second.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('реестр');
    const gz = await second.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.etag).toBeTruthy();
    const again = await second.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });
});
