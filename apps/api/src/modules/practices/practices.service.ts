// The public catalogue: list with facets and search, passports, similar practices. Answers are
// cached as JSON bytes per catalogue version (lib/catalogue-cache.ts).

import {
  type ParsedListPracticesQuery,
  PracticeListSchema,
  PracticePassportSchema,
  SimilarPracticesSchema,
} from '@registry/contracts/practices';
import type { FieldError } from '@registry/contracts/problem';
import type { Pool } from 'pg';
import { AppError } from '../../lib/app-error';
import type { CachedJson, CatalogueCache } from '../../lib/catalogue-cache';
import { CursorError, decodeCursor, encodeCursor } from '../../lib/cursor';
import { SqlParams } from '../../lib/sql-params';
import { glossaryFor } from '../glossary';
import { type CatalogueFilters, effectiveSort, normaliseFilters, queryHash } from './catalogue-filters';
import { sortKey } from './catalogue-sql';
import { toCard, toFacets, toPassport } from './practice-mappers';
import { countFacets, type FacetRow, findPage, findPassport, findSimilar } from './practices.repository';
import { buildSearchQuery, EMPTY_GLOSSARY } from './search-query';
import { suggestQuery } from './search-suggest';

export interface CatalogueDeps {
  pool: Pool;
  cache: CatalogueCache;
  cursorSecret: string;
}

const SIMILAR_LIMIT = 4;
/** A search with at most this many results gets a «Возможно, вы имели в виду …» check. */
const SUGGEST_AT_MOST = 1;

const badCursor = (detail: string) =>
  new AppError('INVALID_CURSOR', {
    status: 400,
    detail,
    errors: [{ field: 'query.cursor', message: detail }],
  });

/** Filter values that name no theme, region… are refused rather than silently matching nothing. */
function checkCodes(filters: CatalogueFilters, facetRows: FacetRow[]): void {
  const known = new Map<string, Set<string>>();
  for (const row of facetRows) {
    if (row.value === null) continue;
    if (!known.has(row.facet)) known.set(row.facet, new Set());
    known.get(row.facet)?.add(row.value);
  }
  const errors: FieldError[] = [];
  for (const field of ['theme', 'targetGroup', 'region', 'district', 'evidence', 'nomination'] as const) {
    for (const value of filters[field]) {
      if (!known.get(field)?.has(value))
        errors.push({ field: `query.${field}`, message: `Неизвестный код «${value}»` });
    }
  }
  if (errors.length > 0) {
    throw new AppError('UNKNOWN_FILTER_VALUE', {
      status: 400,
      detail: `Неизвестные значения фильтров: ${errors.map((e) => e.field).join(', ')}`,
      errors,
    });
  }
}

const cursorValue = (value: unknown): string | number =>
  value instanceof Date ? value.toISOString() : (value as string | number);

/** GET /api/practices as JSON bytes. */
export async function listPractices(
  deps: CatalogueDeps,
  query: ParsedListPracticesQuery,
): Promise<CachedJson> {
  const filters = normaliseFilters(query);
  const sort = effectiveSort(query, filters);
  const hash = queryHash(filters, sort);
  let after: (string | number)[] | null = null;
  if (query.cursor) {
    try {
      after = decodeCursor(deps.cursorSecret, query.cursor, hash).after;
    } catch (error) {
      throw badCursor(error instanceof CursorError ? error.message : 'Курсор повреждён');
    }
    if (after.length !== sortKey(sort).length) throw badCursor('Курсор повреждён');
  }
  const limit = query.limit;
  return deps.cache.getOrCreate(`list|${hash}|${limit}|${query.cursor ?? ''}`, async (version) => {
    // search: the glossary of this catalogue version (read only for a text search); a query of
    // single letters is refused here with a 400
    const glossary = filters.q ? await glossaryFor(deps.pool, version) : EMPTY_GLOSSARY;
    const { expandedWith } = buildSearchQuery(filters.q, glossary, new SqlParams());
    const [facetRows, rows] = await Promise.all([
      countFacets(deps.pool, filters, glossary),
      findPage(deps.pool, filters, sort, after, limit, glossary),
    ]);
    checkCodes(filters, facetRows);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor(deps.cursorSecret, {
            query: hash,
            after: sortKey(sort).map((c) => cursorValue(last[`key_${c}`])),
          })
        : null;
    const { total, facets } = toFacets(facetRows);
    // search: «Возможно, вы имели в виду …» when the search found (almost) nothing
    const suggestion =
      filters.q && total <= SUGGEST_AT_MOST
        ? await suggestQuery(deps.pool, version, filters.q, glossary, total)
        : null;
    const search = { expandedWith, suggestion };
    return JSON.stringify(
      PracticeListSchema.parse({ items: page.map(toCard), total, nextCursor, facets, search }),
    );
  });
}

const notFound = (slug: string) =>
  new AppError('PRACTICE_NOT_FOUND', {
    status: 404,
    detail: `Практика «${slug}» не найдена или не опубликована`,
  });

/** GET /api/practices/:slug as JSON bytes; 404 for unknown and non-public practices alike. */
export function getPassport(deps: CatalogueDeps, slug: string): Promise<CachedJson> {
  return deps.cache.getOrCreate(`passport|${slug}`, async () => {
    const row = await findPassport(deps.pool, slug);
    if (!row) throw notFound(slug);
    return JSON.stringify(PracticePassportSchema.parse(toPassport(row)));
  });
}

/** GET /api/practices/:slug/similar as JSON bytes. */
export async function getSimilar(deps: CatalogueDeps, slug: string): Promise<CachedJson> {
  await getPassport(deps, slug);
  return deps.cache.getOrCreate(`similar|${slug}`, async () => {
    const rows = await findSimilar(deps.pool, slug, SIMILAR_LIMIT);
    return JSON.stringify(SimilarPracticesSchema.parse({ items: rows.map(toCard) }));
  });
}
