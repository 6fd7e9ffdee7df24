// Sitemap answers: public records from the database plus the list pages, split past 50,000.
import type { Pool } from 'pg';
import { listSitemapEntries } from './seo.repository';
import {
  newest,
  renderIndex,
  renderUrlset,
  SITEMAP_MAX_URLS,
  type SitemapEntry,
  sitemapFileCount,
  sitemapPage,
} from './sitemap';

/** Pages that list records: they change whenever any record does. */
const LIST_PAGES = ['/', '/practices', '/regions', '/themes', '/contests', '/statistics'];

async function allEntries(pool: Pool): Promise<SitemapEntry[]> {
  const records = await listSitemapEntries(pool);
  const changed = newest(records);
  return [...LIST_PAGES.map((path) => ({ path, lastModified: changed })), ...records];
}

/** /sitemap.xml: every address, or past the limit an index of the numbered files. */
export async function sitemapXml(pool: Pool, origin: string, limit = SITEMAP_MAX_URLS): Promise<string> {
  const entries = await allEntries(pool);
  const files = sitemapFileCount(entries.length, limit);
  if (files === 1) return renderUrlset(origin, entries);
  return renderIndex(
    origin,
    Array.from({ length: files }, (_, index) => ({
      page: index + 1,
      lastModified: newest(sitemapPage(entries, index + 1, limit)),
    })),
  );
}

/** /sitemap-N.xml: file N of the split, or null when there is no such file. */
export async function sitemapFileXml(
  pool: Pool,
  origin: string,
  page: number,
  limit = SITEMAP_MAX_URLS,
): Promise<string | null> {
  const entries = await allEntries(pool);
  if (page > sitemapFileCount(entries.length, limit)) return null;
  return renderUrlset(origin, sitemapPage(entries, page, limit));
}
