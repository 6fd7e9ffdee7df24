// RSS 2.0 and Atom feeds of newly published and newly recommended practices: the whole catalogue,
// one theme or one region. Public, like the catalogue pages they mirror.
import type { FeedQuery } from '@registry/contracts/open-data';
import { Feed } from 'feed';
import type { Pool } from 'pg';
import { AppError } from '../../lib/app-error';
import { findFeedRows, findNameOf } from './open-data.repository';

export const FEED_SIZE = 50;

export type FeedKind = 'published' | 'recommended';
export type FeedFormat = 'rss' | 'atom';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

const KIND_TITLES: Record<FeedKind, string> = {
  published: 'Новые практики',
  recommended: 'Новые рекомендованные практики',
};

/** The feed's address with its filter, e.g. /api/feeds/published.rss?theme=… */
export function feedPath(kind: FeedKind, format: FeedFormat, query: FeedQuery): string {
  const params = new URLSearchParams();
  if (query.theme) params.set('theme', query.theme);
  if (query.region) params.set('region', query.region);
  const search = params.toString();
  return `/api/feeds/${kind}.${format}${search ? `?${search}` : ''}`;
}

async function scopeOf(pool: Pool, query: FeedQuery) {
  const parts: { title: string; page: string }[] = [];
  if (query.theme) {
    const name = await findNameOf(pool, 'themes', query.theme);
    if (!name)
      throw new AppError('THEME_NOT_FOUND', {
        status: 404,
        detail: `Тема «${query.theme}» не найдена`,
        errors: [{ field: 'query.theme', message: 'Нет такой темы' }],
      });
    parts.push({ title: `тема «${name}»`, page: `/themes/${query.theme}` });
  }
  if (query.region) {
    const name = await findNameOf(pool, 'regions', query.region);
    if (!name)
      throw new AppError('REGION_NOT_FOUND', {
        status: 404,
        detail: `Регион «${query.region}» не найден`,
        errors: [{ field: 'query.region', message: 'Нет такого региона' }],
      });
    parts.push({ title: name, page: `/regions/${query.region}` });
  }
  return parts;
}

/** The feed as XML text. */
export async function buildFeed(
  pool: Pool,
  input: { kind: FeedKind; format: FeedFormat; query: FeedQuery; baseUrl: string },
): Promise<string> {
  const { kind, format, query, baseUrl } = input;
  const scope = await scopeOf(pool, query);
  const rows = await findFeedRows(pool, kind, query, FEED_SIZE);
  const page = `${baseUrl}${scope.length === 1 ? (scope[0] as { page: string }).page : '/practices'}`;
  const title = ['Реестр лучших практик', KIND_TITLES[kind], ...scope.map((s) => s.title)].join(' — ');
  const feed = new Feed({
    id: `${baseUrl}${feedPath(kind, 'atom', query)}`,
    title,
    description: `${KIND_TITLES[kind]} реестра лучших практик${scope.length ? `: ${scope.map((s) => s.title).join(', ')}` : ''}`,
    link: page,
    language: 'ru',
    updated: rows[0]?.at ?? new Date(0),
    generator: 'Реестр лучших практик',
    copyright: 'CC BY 4.0',
    feedLinks: {
      rss: `${baseUrl}${feedPath(kind, 'rss', query)}`,
      atom: `${baseUrl}${feedPath(kind, 'atom', query)}`,
    },
  });
  for (const row of rows) {
    const link = `${baseUrl}/practices/${row.slug}`;
    feed.addItem({
      title: row.title,
      id: link,
      link,
      date: row.at,
      description: `${row.summary} (${row.organisation_name}, ${row.region_name})`,
      category: row.themes.map((theme) => ({ name: theme.nameRu, term: theme.code })),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
