import { describe, expect, it } from 'vitest';
import {
  newest,
  renderIndex,
  renderRobots,
  renderUrlset,
  SITEMAP_MAX_URLS,
  type SitemapEntry,
  sitemapFileCount,
  sitemapPage,
} from './sitemap';

const entries = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, index) => ({ path: `/practices/p-${index + 1}`, lastModified: null }));

describe('sitemap split', () => {
  it('keeps up to 50,000 addresses in one file, as the protocol allows', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(sitemapFileCount(0)).toBe(1);
    expect(sitemapFileCount(50_000)).toBe(1);
  });

  it('past 50,000 splits into files of at most 50,000, every address in exactly one file', () => {
    const all = entries(120_001);
    const files = sitemapFileCount(all.length);
    expect(files).toBe(3);
    const pages = Array.from({ length: files }, (_, index) => sitemapPage(all, index + 1));
    expect(pages.map((page) => page.length)).toEqual([50_000, 50_000, 20_001]);
    expect(pages.flat().map((entry) => entry.path)).toEqual(all.map((entry) => entry.path));
    expect(sitemapPage(all, 4)).toEqual([]);
  });

  it('the index lists each numbered file with its newest change', () => {
    const xml = renderIndex('https://reestr.example', [
      { page: 1, lastModified: new Date('2026-01-02T03:04:05Z') },
      { page: 2, lastModified: null },
    ]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      '<sitemap><loc>https://reestr.example/sitemap-1.xml</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod></sitemap>',
    );
    expect(xml).toContain('<sitemap><loc>https://reestr.example/sitemap-2.xml</loc></sitemap>');
  });
});

describe('sitemap text', () => {
  it('writes absolute, XML-escaped addresses with their last change', () => {
    const xml = renderUrlset('https://reestr.example', [
      { path: '/practices/a?b=1&c=<2>', lastModified: new Date('2026-05-01T00:00:00Z') },
    ]);
    expect(xml).toContain(
      '<url><loc>https://reestr.example/practices/a?b=1&amp;c=&lt;2&gt;</loc><lastmod>2026-05-01T00:00:00.000Z</lastmod></url>',
    );
  });

  it('the newest date ignores unknown ones', () => {
    expect(newest([])).toBeNull();
    expect(
      newest([
        { path: '/a', lastModified: null },
        { path: '/b', lastModified: new Date('2026-02-01') },
        { path: '/c', lastModified: new Date('2026-01-01') },
      ]),
    ).toEqual(new Date('2026-02-01'));
  });

  it('robots.txt keeps crawlers out of the staff area and points at the sitemap', () => {
    const robots = renderRobots('https://reestr.example');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/account$/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/reestr\.example\/sitemap\.xml$/m);
  });
});
