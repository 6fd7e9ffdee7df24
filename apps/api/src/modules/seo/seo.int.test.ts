import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('robots.txt and sitemap.xml', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Four addresses per file, so that a handful of records shows the split.
    t = await createTestApp({ sitemapLimit: 4 });
    await createPractice(t.db, { slug: 'public-practice', regionCode: '72' });
    await createPractice(t.db, { slug: 'recommended-practice' }, { status: 'recommended' });
    await createPractice(t.db, { slug: 'draft-practice' }, { status: 'draft' });
    await createPractice(t.db, { slug: 'archived-practice' }, { status: 'archived' });
  });
  afterAll(() => t.close());

  const sitemapText = async () => {
    const index = await t.app.inject({ url: '/sitemap.xml', headers: { host: 'reestr.example' } });
    const files = [...index.body.matchAll(/<loc>http:\/\/reestr\.example(\/sitemap-\d+\.xml)<\/loc>/g)].map(
      (match) => match[1] as string,
    );
    const bodies = await Promise.all(
      files.map(
        async (file) => (await t.app.inject({ url: file, headers: { host: 'reestr.example' } })).body,
      ),
    );
    return { index, files, all: bodies.join('\n') };
  };

  it('robots.txt is plain text that names the sitemap at this host', async () => {
    const robots = await t.app.inject({ url: '/robots.txt', headers: { host: 'reestr.example' } });
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.body).toContain('Sitemap: http://reestr.example/sitemap.xml');
    expect(robots.body).toContain('Disallow: /account');
  });

  it('past the limit, sitemap.xml is an index of files that hold every public address once', async () => {
    const { index, files, all } = await sitemapText();
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/^application\/xml/);
    expect(index.body).toContain('<sitemapindex');
    expect(files.length).toBeGreaterThan(1);
    const locs = [...all.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(new Set(locs).size).toBe(locs.length);
    for (const path of [
      '/',
      '/practices',
      '/regions',
      '/themes',
      '/contests',
      '/statistics',
      '/regions/72',
    ]) {
      expect(locs).toContain(`http://reestr.example${path}`);
    }
    expect(locs).toContain('http://reestr.example/practices/public-practice');
    expect(locs).toContain('http://reestr.example/practices/recommended-practice');
    // Every federal subject and theme of the reference data has its page.
    expect(locs.filter((loc) => loc?.includes('/regions/')).length).toBe(89);
    expect(locs.some((loc) => loc?.includes('/themes/'))).toBe(true);
  });

  it('lists a practice with its last change, and never a draft or archived one', async () => {
    const { all } = await sitemapText();
    expect(all).toMatch(
      /<loc>http:\/\/reestr\.example\/practices\/public-practice<\/loc><lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/,
    );
    expect(all).toMatch(/<loc>http:\/\/reestr\.example\/regions\/72<\/loc><lastmod>/);
    expect(all).not.toContain('draft-practice');
    expect(all).not.toContain('archived-practice');
  });

  it('a file past the last is a 404 problem, and a bad number writes nothing and is a 4xx', async () => {
    const { files } = await sitemapText();
    const missing = await t.app.inject(`/sitemap-${files.length + 1}.xml`);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.app.inject('/sitemap-0.xml')).statusCode).toBe(400);
  });
});
