// Reads for the sitemap: every public address with the time its content last changed.
import type { Pool } from 'pg';
import { PUBLIC_STATUS_SQL } from '../practices';
import type { SitemapEntry } from './sitemap';

interface Row {
  path: string;
  last_modified: Date | null;
}

// Practices first (the bulk), then the pages that list them; a region's or theme's page changes
// when one of its public practices does. Ordered, so that split files keep their addresses.
const SITEMAP_SQL = `
  WITH pub AS (SELECT p.slug, p.region_code, p.id, p.updated_at FROM practices p WHERE ${PUBLIC_STATUS_SQL})
  SELECT '/practices/' || slug AS path, updated_at AS last_modified, 1 AS part, slug AS sort_key FROM pub
  UNION ALL
  SELECT '/regions/' || r.code, (SELECT max(pub.updated_at) FROM pub WHERE pub.region_code = r.code), 2, r.code
    FROM regions r
  UNION ALL
  SELECT '/themes/' || t.code,
         (SELECT max(pub.updated_at) FROM pub JOIN practice_themes pt ON pt.practice_id = pub.id
           WHERE pt.theme_code = t.code), 3, lpad(t.sort_order::text, 6, '0')
    FROM themes t
  UNION ALL
  SELECT '/contests/' || c.slug,
         greatest(c.created_at, (SELECT max(n.results_published_at) FROM nominations n WHERE n.contest_id = c.id)),
         4, c.slug
    FROM contests c
  UNION ALL
  SELECT '/contests/' || c.slug || '/nominations/' || n.slug, coalesce(n.results_published_at, c.created_at), 5,
         c.slug || '/' || n.slug
    FROM nominations n JOIN contests c ON c.id = n.contest_id
  ORDER BY part, sort_key`;

/** The public pages that have records behind them, with their last change. */
export async function listSitemapEntries(pool: Pool): Promise<SitemapEntry[]> {
  const { rows } = await pool.query<Row>(SITEMAP_SQL);
  return rows.map((row) => ({ path: row.path, lastModified: row.last_modified }));
}
