// Old addresses of renamed public practices (practice_slug_redirects): the API and the page answer
// 301 with the current address, so links out in the world keep working.
import type { Pool } from 'pg';
import { findCurrentSlug } from './practices.repository';

/** The current slug of the public practice that formerly had `slug`, or null. */
export const currentSlugOf = (pool: Pool, slug: string): Promise<string | null> =>
  findCurrentSlug(pool, slug);

const PAGE = /^\/practices\/([a-z0-9-]{3,120})\/?$/;

/** Where a page address (`/practices/<former slug>?…`) has moved, or null. */
export async function movedPracticePage(pool: Pool, url: string): Promise<string | null> {
  const [path = '', query] = url.split(/\?(.*)/s);
  const match = PAGE.exec(path);
  if (!match?.[1]) return null;
  const current = await currentSlugOf(pool, match[1]);
  return current ? `/practices/${current}${query ? `?${query}` : ''}` : null;
}
