// The public catalogue: list with facets and search, passports, similar practices. Answers are
// cached as JSON bytes per catalogue version (lib/catalogue-cache.ts).

import {
  type ParsedListPracticesQuery,
  PracticeListSchema,
  PracticePassportSchema,
  type PracticeSort,
  SimilarPracticesSchema,
} from '@registry/contracts/practices';
import type { FieldError } from '@registry/contracts/problem';
import type { Pool } from 'pg';
import { AppError } from '../../lib/app-error';
import type { CachedJson, CatalogueCache } from '../../lib/catalogue-cache';
import { CursorError, decodeCursor, encodeCursor } from '../../lib/cursor';
import { SqlParams } from '../../lib/sql-params';
import { EMPTY_GLOSSARY, type Glossary, glossaryFor } from '../glossary';
import { type CatalogueFilters, effectiveSort, normaliseFilters, queryHash } from './catalogue-filters';
import type { CatalogueIndex, Labels } from './catalogue-index/catalogue-index';
import { select } from './catalogue-index/facet-counts';
import type { IndexRow, LabelRow } from './catalogue-index/index.repository';
import { tsQueryText } from './catalogue-index/index.repository';
import type { CatalogueIndexStore } from './catalogue-index/index-store';
import { allSlotsOf, pageOf } from './catalogue-index/page';
import { matchText } from './catalogue-index/text-match';
import { toCard, toPassport } from './practice-mappers';
import { findCards, findPassport, findSimilar } from './practices.repository';
import { buildSearchQuery } from './search-query';
import { freshenWords, suggestQuery } from './search-suggest';

export interface CatalogueDeps {
  pool: Pool;
  cache: CatalogueCache;
  index: CatalogueIndexStore;
  cursorSecret: string;
}

const SIMILAR_LIMIT = 4;
/** A search with at most this many results gets a «Возможно, вы имели в виду …» check. */
const SUGGEST_AT_MOST = 1;
/** How many values a cursor of each sort carries (its sort key). */
const KEY_LENGTH: Record<PracticeSort, number> = { newest: 2, title: 2, evidence: 3, relevance: 2 };

const badCursor = (detail: string) =>
  new AppError('INVALID_CURSOR', {
    status: 400,
    detail,
    errors: [{ field: 'query.cursor', message: detail }],
  });

/** Filter values that name no theme, region… are refused rather than silently matching nothing. */
function checkCodes(filters: CatalogueFilters, labels: Labels): void {
  const kinds = {
    theme: 'theme',
    targetGroup: 'targetGroup',
    region: 'region',
    district: 'district',
    evidence: 'evidence',
    nomination: 'nomination',
  } as const;
  const errors: FieldError[] = [];
  for (const [field, kind] of Object.entries(kinds) as [keyof typeof kinds, LabelRow['kind']][]) {
    const known = labels.codes.get(kind);
    for (const value of filters[field]) {
      if (!known?.has(value)) errors.push({ field: `query.${field}`, message: `Неизвестный код «${value}»` });
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

function decodeAfter(deps: CatalogueDeps, cursor: string | undefined, hash: string, sort: PracticeSort) {
  if (!cursor) return null;
  let after: (string | number)[];
  try {
    after = decodeCursor(deps.cursorSecret, cursor, hash).after;
  } catch (error) {
    throw badCursor(error instanceof CursorError ? error.message : 'Курсор повреждён');
  }
  if (after.length !== KEY_LENGTH[sort]) throw badCursor('Курсор повреждён');
  return after;
}

/**
 * The text match of `q` expanded through the glossary (search-query.ts), with the tsquery as
 * PostgreSQL normalised it; null without a query. A query of single letters is a 400.
 */
async function textMatch(deps: CatalogueDeps, index: CatalogueIndex, q: string, glossary: Glossary) {
  const params = new SqlParams();
  const { sql, expandedWith } = buildSearchQuery(q, glossary, params);
  if (!sql) return null;
  const tsQuery = await tsQueryText(deps.pool, sql, params.values);
  return { tsQuery, expandedWith, ...(await matchText(deps.pool, index, tsQuery)) };
}

/**
 * GET /api/practices as JSON bytes. Which practices match, the facet counts and the page's order
 * come from the in-memory catalogue index (PostgreSQL is asked for the text match of terms it has
 * not seen and for the page's cards); the answer is cached per catalogue version.
 */
export async function listPractices(
  deps: CatalogueDeps,
  query: ParsedListPracticesQuery,
): Promise<CachedJson> {
  const filters = normaliseFilters(query);
  const sort = effectiveSort(query, filters);
  const hash = queryHash(filters, sort);
  const after = decodeAfter(deps, query.cursor, hash, sort);
  const limit = query.limit;
  return deps.cache.getOrCreate(`list|${hash}|${limit}|${query.cursor ?? ''}`, async (version) => {
    const index = await deps.index.current(version);
    checkCodes(filters, index.labels);
    // The glossary of this catalogue version, read only for a text search.
    const glossary = filters.q ? await glossaryFor(deps.pool, version) : EMPTY_GLOSSARY;
    const text = filters.q ? await textMatch(deps, index, filters.q, glossary) : null;
    const { total, facets, result } = select(index, filters, text?.set ?? null);
    const page = pageOf(index, sort, result, text?.terms ?? [], after, limit);
    const ids = page.slots.map((slot) => (index.rows[slot] as IndexRow).id);
    const rows = await findCards(deps.pool, ids, text?.tsQuery ?? null);
    const lastKey = page.keys.at(-1);
    const nextCursor =
      page.hasMore && lastKey ? encodeCursor(deps.cursorSecret, { query: hash, after: lastKey }) : null;
    // «Возможно, вы имели в виду …» when the search found (almost) nothing.
    // The correction is counted in memory, like the search itself, with no filters.
    const countOf = async (corrected: string) =>
      (await textMatch(deps, index, corrected, glossary))?.set.count() ?? 0;
    const suggestion =
      filters.q && total <= SUGGEST_AT_MOST
        ? await suggestQuery(deps.pool, version, filters.q, total, glossary, countOf)
        : null;
    const search = { expandedWith: text?.expandedWith ?? [], suggestion };
    return JSON.stringify(
      PracticeListSchema.parse({ items: rows.map(toCard), total, nextCursor, facets, search }),
    );
  });
}

/**
 * The ids of every public practice that GET /api/practices would list for `query`, in the same
 * order, all pages at once (`cursor` and `limit` are not used): the open-data export of a
 * selection and a saved search's digest (modules/saved-searches) ask this instead of repeating
 * the catalogue's rules. Bad filter values are the same 400 problem as in the catalogue.
 */
export async function matchingPracticeIds(
  deps: CatalogueDeps,
  selection: Omit<ParsedListPracticesQuery, 'cursor' | 'limit' | 'sort'> &
    Partial<Pick<ParsedListPracticesQuery, 'sort'>>,
): Promise<number[]> {
  const query: ParsedListPracticesQuery = { ...selection, limit: 1 };
  const filters = normaliseFilters(query);
  const sort = effectiveSort(query, filters);
  const version = await deps.cache.currentVersion();
  const index = await deps.index.current(version);
  checkCodes(filters, index.labels);
  const glossary = filters.q ? await glossaryFor(deps.pool, version) : EMPTY_GLOSSARY;
  const text = filters.q ? await textMatch(deps, index, filters.q, glossary) : null;
  const { result } = select(index, filters, text?.set ?? null);
  return allSlotsOf(index, sort, result, text?.terms ?? []).map((slot) => (index.rows[slot] as IndexRow).id);
}

/**
 * What a process reads ahead for searches once its index is built (main.ts): the common lexemes
 * (index-store.ts), then the terms of every glossary entry (phrases nobody can type faster than
 * the first visitor) and the word list of suggestions.
 */
export function startSearchWarming(deps: CatalogueDeps, onError: (error: unknown) => void): void {
  deps.index.startWarming(onError, async (index) => {
    const version = await deps.cache.currentVersion();
    const glossary = await glossaryFor(deps.pool, version);
    for (const entry of new Set(glossary.byForm.values())) await textMatch(deps, index, entry.term, glossary);
    await freshenWords(deps.pool, version);
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
