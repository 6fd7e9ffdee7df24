// Sitemaps (https://www.sitemaps.org/protocol.html): pure text building, no database. One file
// holds at most 50,000 addresses; past that, /sitemap.xml becomes an index of numbered files.

/** One public address and when its content last changed (null: unknown, left out). */
export interface SitemapEntry {
  path: string;
  lastModified: Date | null;
}

/** The protocol's limit of addresses per sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

const xmlEscape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const lastmod = (date: Date | null) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '');

/** How many files `count` addresses need: 1 means /sitemap.xml holds them all. */
export function sitemapFileCount(count: number, limit = SITEMAP_MAX_URLS): number {
  return Math.max(1, Math.ceil(count / limit));
}

/** The addresses of file `page` (1-based) when split into files of `limit`. */
export function sitemapPage<T>(entries: readonly T[], page: number, limit = SITEMAP_MAX_URLS): T[] {
  return entries.slice((page - 1) * limit, page * limit);
}

/** A <urlset> of absolute addresses under `origin`. */
export function renderUrlset(origin: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) => `<url><loc>${xmlEscape(origin + entry.path)}</loc>${lastmod(entry.lastModified)}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A <sitemapindex> of files /sitemap-1.xml … /sitemap-N.xml, each with its newest change. */
export function renderIndex(
  origin: string,
  files: readonly { page: number; lastModified: Date | null }[],
): string {
  const items = files.map(
    (file) =>
      `<sitemap><loc>${xmlEscape(`${origin}/sitemap-${file.page}.xml`)}</loc>${lastmod(file.lastModified)}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** The newest date among entries (null if none has one). */
export function newest(entries: readonly SitemapEntry[]): Date | null {
  let result: Date | null = null;
  for (const { lastModified } of entries) {
    if (lastModified && (!result || lastModified > result)) result = lastModified;
  }
  return result;
}

/** robots.txt: everything public may be crawled; the staff area, sign-in links and the API not. */
export function renderRobots(origin: string): string {
  return [
    'User-agent: *',
    'Disallow: /account',
    'Disallow: /admin',
    'Disallow: /invite/',
    'Disallow: /password-reset',
    'Disallow: /api/',
    'Allow: /',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
