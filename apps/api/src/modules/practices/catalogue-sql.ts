// Hand-written SQL for the public catalogue (docs/decisions/005): Prisma's full-text filter
// ignores our `russian` index expression, and facets need one statement over all dimensions.
// Every user value goes in as a parameter.
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { PracticeSort } from '@registry/contracts/practices';
import { SqlParams } from '../../lib/sql-params';
import { contestFacetsSql, entryCondition } from './catalogue-contests-sql';
import type { CatalogueFilters } from './catalogue-filters';
import { highlightColumnsSql } from './search-highlights';
import { buildSearchQuery, type Glossary } from './search-query';

/** Columns of a practice card (alias p, with CARD_JOINS); mapped by toCard in the service. */
export const CARD_COLUMNS = `p.slug, p.title, p.summary, p.organisation_name, p.status::text AS status, p.start_year,
       p.end_year, p.can_host_internship, p.is_demo,
       r.code AS region_code, r.name_ru AS region_name, d.short_ru AS district_short,
       e.code AS ev_code, e.name_ru AS ev_name, e.rank AS ev_rank,
       (SELECT coalesce(json_agg(json_build_object('code', t.code, 'nameRu', t.name_ru) ORDER BY t.sort_order), '[]')
          FROM practice_themes pt JOIN themes t ON t.code = pt.theme_code WHERE pt.practice_id = p.id) AS themes`;

export const CARD_JOINS = `JOIN regions r ON r.code = p.region_code
      JOIN federal_districts d ON d.code = r.district_code
      JOIN evidence_levels e ON e.code = p.evidence_level_code`;

export const PUBLIC_STATUS_SQL = `p.status IN (${PUBLIC_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** The filter dimensions; facets for one dimension apply all the others. */
export type Dimension =
  | 'status'
  | 'location'
  | 'theme'
  | 'targetGroup'
  | 'evidence'
  | 'year'
  | 'internship'
  | 'entry';

interface Conditions {
  /** Always applied: public statuses and the text query. */
  base: string[];
  /** Active filter conditions by dimension (absent = not filtering on it). */
  byDimension: Partial<Record<Dimension, string>>;
  tsQuery: string | null;
}

function conditions(filters: CatalogueFilters, glossary: Glossary, params: SqlParams): Conditions {
  // search: the text match, expanded through the glossary (search-query.ts)
  const tsQuery = buildSearchQuery(filters.q, glossary, params).sql;
  const base = [PUBLIC_STATUS_SQL];
  if (tsQuery) base.push(`p.search_vector @@ ${tsQuery}`);
  const by: Conditions['byDimension'] = {};
  if (filters.status.length) by.status = `p.status::text = ANY(${params.add(filters.status, 'text[]')})`;
  if (filters.region.length || filters.district.length) {
    // A district and a region are two ways to say "where": either matches.
    const parts = [];
    if (filters.region.length) parts.push(`p.region_code = ANY(${params.add(filters.region, 'text[]')})`);
    if (filters.district.length)
      parts.push(`r.district_code = ANY(${params.add(filters.district, 'text[]')})`);
    by.location = `(${parts.join(' OR ')})`;
  }
  if (filters.theme.length) {
    by.theme = `EXISTS (SELECT 1 FROM practice_themes ft WHERE ft.practice_id = p.id AND ft.theme_code = ANY(${params.add(filters.theme, 'text[]')}))`;
  }
  if (filters.targetGroup.length) {
    by.targetGroup = `EXISTS (SELECT 1 FROM practice_target_groups fg WHERE fg.practice_id = p.id AND fg.target_group_code = ANY(${params.add(filters.targetGroup, 'text[]')}))`;
  }
  if (filters.evidence.length)
    by.evidence = `p.evidence_level_code = ANY(${params.add(filters.evidence, 'text[]')})`;
  const years = [];
  if (filters.yearFrom !== null) years.push(`p.start_year >= ${params.add(filters.yearFrom, 'int')}`);
  if (filters.yearTo !== null) years.push(`p.start_year <= ${params.add(filters.yearTo, 'int')}`);
  if (years.length) by.year = `(${years.join(' AND ')})`;
  if (filters.internship) by.internship = 'p.can_host_internship';
  const entry = entryCondition(filters, params);
  if (entry) by.entry = entry;
  return { base, byDimension: by, tsQuery };
}

/**
 * Sort orders over the columns of the filtered set `k` (see pageSql); `keyset` continues after
 * the last row of the previous page. Each ends with the id, so the order is total.
 */
const ORDER: Record<
  PracticeSort,
  { key: string[]; orderBy: (a: string) => string; keyset: (v: string[]) => string }
> = {
  newest: {
    key: ['changed_at', 'id'],
    orderBy: (a) => `${a}.changed_at DESC, ${a}.id DESC`,
    keyset: ([at, id]) => `(k.changed_at, k.id) < (${at}::timestamptz, ${id}::int)`,
  },
  title: {
    key: ['title', 'id'],
    orderBy: (a) => `${a}.title ASC, ${a}.id ASC`,
    keyset: ([title, id]) => `(k.title, k.id) > (${title}::text COLLATE "C", ${id}::int)`,
  },
  evidence: {
    key: ['ev_rank', 'changed_at', 'id'],
    orderBy: (a) => `${a}.ev_rank ASC, ${a}.changed_at DESC, ${a}.id DESC`,
    keyset: ([rank, at, id]) =>
      `(k.ev_rank > ${rank}::int OR (k.ev_rank = ${rank}::int AND (k.changed_at, k.id) < (${at}::timestamptz, ${id}::int)))`,
  },
  relevance: {
    key: ['rank', 'id'],
    orderBy: (a) => `${a}.rank DESC, ${a}.id DESC`,
    keyset: ([rank, id]) => `(k.rank < ${rank}::real OR (k.rank = ${rank}::real AND k.id < ${id}::int))`,
  },
};

/** Names of the sort key columns returned with each row (`key_*`), for the next cursor. */
export const sortKey = (sort: PracticeSort) => ORDER[sort].key;

/** One statement: a page of cards (limit + 1 rows, to know whether there is more). */
export function pageSql(
  filters: CatalogueFilters,
  sort: PracticeSort,
  after: (string | number)[] | null,
  limit: number,
  glossary: Glossary,
) {
  const params = new SqlParams();
  const c = conditions(filters, glossary, params);
  const where = [...c.base, ...Object.values(c.byDimension)];
  const order = ORDER[sort];
  const rank = c.tsQuery ? `ts_rank(p.search_vector, ${c.tsQuery})` : '0::real';
  const keyset = after ? order.keyset(after.map((value) => params.add(value))) : null;
  // Snippets, highlights and theme lists are computed for the page's rows only, after sorting and limiting.
  const text = `
    WITH k AS (
      SELECT p.id, p.status_changed_at AS changed_at,
             -- Alphabetical with ё as е, byte order so that PostgreSQL and PGlite agree.
             translate(p.title, 'ёЁ', 'еЕ') COLLATE "C" AS title, e.rank AS ev_rank, ${rank} AS rank
        FROM practices p
        JOIN regions r ON r.code = p.region_code
        JOIN evidence_levels e ON e.code = p.evidence_level_code
       WHERE ${where.join('\n         AND ')}
    ),
    page AS (
      SELECT * FROM k ${keyset ? `WHERE ${keyset}` : ''}
       ORDER BY ${order.orderBy('k')}
       LIMIT ${params.add(limit + 1, 'int')}
    )
    SELECT ${CARD_COLUMNS},
           ${order.key.map((column) => `page.${column} AS key_${column}`).join(', ')},
           ${highlightColumnsSql(c.tsQuery)}
      FROM page
      JOIN practices p ON p.id = page.id
      ${CARD_JOINS}
     ORDER BY ${order.orderBy('page')}`;
  return { text, values: params.values };
}

/**
 * One statement: the total, and for every dimension the counts per value with all *other*
 * active filters applied (a visitor sees how many results a click would give). Reference
 * dimensions list every known value, zero counts included, in display order, with labels; the
 * service also uses them to reject unknown codes.
 */
export function facetsSql(filters: CatalogueFilters, glossary: Glossary) {
  const params = new SqlParams();
  const c = conditions(filters, glossary, params);
  const dims = Object.keys(c.byDimension) as Dimension[];
  const flag = (d: Dimension) => `m_${d.toLowerCase()}`;
  const allBut = (skip: Dimension | null, joiner = 'WHERE') => {
    const parts = dims.filter((d) => d !== skip).map(flag);
    return parts.length ? `${joiner} ${parts.join(' AND ')}` : '';
  };
  const flags = dims.map((d) => `, ${c.byDimension[d]} AS ${flag(d)}`).join('');
  const text = `
    WITH base AS MATERIALIZED (
      SELECT p.id, p.region_code, r.district_code, p.evidence_level_code, p.start_year, p.status,
             p.can_host_internship${flags}
        FROM practices p JOIN regions r ON r.code = p.region_code
       WHERE ${c.base.join(' AND ')}
    ),
    located AS (SELECT * FROM base ${allBut('location')})
    SELECT 'total' AS facet, NULL AS value, NULL AS label, count(*)::int AS count, 0 AS ord FROM base ${allBut(null)}
    UNION ALL
    SELECT 'district', fd.code, fd.name_ru, count(x.id)::int, fd.sort_order
      FROM federal_districts fd LEFT JOIN located x ON x.district_code = fd.code GROUP BY fd.code
    UNION ALL
    SELECT 'region', rg.code, rg.name_ru, count(x.id)::int, 0
      FROM regions rg LEFT JOIN located x ON x.region_code = rg.code GROUP BY rg.code
    UNION ALL
    SELECT 'theme', t.code, t.name_ru, count(x.id)::int, t.sort_order
      FROM themes t LEFT JOIN (SELECT pt.theme_code, base.id FROM base JOIN practice_themes pt ON pt.practice_id = base.id
                                ${allBut('theme')}) x ON x.theme_code = t.code GROUP BY t.code
    UNION ALL
    SELECT 'targetGroup', g.code, g.name_ru, count(x.id)::int, g.sort_order
      FROM target_groups g LEFT JOIN (SELECT pg.target_group_code, base.id FROM base
                                       JOIN practice_target_groups pg ON pg.practice_id = base.id
                                      ${allBut('targetGroup')}) x ON x.target_group_code = g.code GROUP BY g.code
    UNION ALL
    SELECT 'evidence', e.code, e.name_ru, count(x.id)::int, e.rank
      FROM evidence_levels e LEFT JOIN (SELECT * FROM base ${allBut('evidence')}) x ON x.evidence_level_code = e.code
     GROUP BY e.code
    UNION ALL
    SELECT 'status', st.status, NULL, count(x.id)::int, st.ord
      FROM (VALUES ('published', 1), ('recommended', 2)) AS st (status, ord)
      LEFT JOIN (SELECT * FROM base ${allBut('status')}) x ON x.status::text = st.status
     GROUP BY st.status, st.ord
    UNION ALL
    SELECT 'year', start_year::text, NULL, count(*)::int, -start_year FROM base ${allBut('year')} GROUP BY start_year
    UNION ALL
    SELECT 'internship', NULL, NULL, count(*)::int, 0 FROM base WHERE can_host_internship ${allBut('internship', 'AND')}
    UNION ALL${contestFacetsSql(filters, params, allBut('entry', 'AND'))}
    ORDER BY 1, 5, 3`;
  return { text, values: params.values };
}
