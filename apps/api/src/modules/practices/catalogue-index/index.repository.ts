// SQL that feeds the in-memory catalogue index: the public practices' filterable fields, the
// reference labels, the change log, and the practices matching one text-search term.
import type { Pool } from 'pg';
import { PUBLIC_STATUS_SQL } from '../catalogue-sql';

/** The filterable fields of one public practice. */
export interface IndexRow {
  id: number;
  region: string;
  evidence: string;
  status: string;
  year: number;
  internship: boolean;
  /** status_changed_at in epoch milliseconds. */
  changed: number;
  /** The title with ё as е, compared in code-point order (PostgreSQL's "C" collation). */
  title: string;
  themes: string[] | null;
  groups: string[] | null;
  /** "<nomination id>:<award or empty>"; the award only once the results are published. */
  entries: string[] | null;
}

const ROW_COLUMNS = `p.id, p.region_code AS region, p.evidence_level_code AS evidence, p.status::text AS status,
       p.start_year AS year, p.can_host_internship AS internship,
       floor(extract(epoch FROM p.status_changed_at) * 1000)::float8 AS changed,
       translate(p.title, 'ёЁ', 'еЕ') AS title`;

const ENTRY = `fe.nomination_id::text || ':' || CASE WHEN fn.results_published_at IS NOT NULL
                 THEN coalesce(fe.award::text, '') ELSE '' END`;

/** Every public practice, with hash joins rather than a sub-query per row. */
export async function loadAllRows(pool: Pool): Promise<IndexRow[]> {
  const { rows } = await pool.query<IndexRow>(
    `SELECT ${ROW_COLUMNS}, th.codes AS themes, tg.codes AS groups, en.codes AS entries
       FROM practices p
       LEFT JOIN (SELECT practice_id, array_agg(theme_code::text) AS codes FROM practice_themes GROUP BY practice_id) th
              ON th.practice_id = p.id
       LEFT JOIN (SELECT practice_id, array_agg(target_group_code::text) AS codes FROM practice_target_groups
                   GROUP BY practice_id) tg ON tg.practice_id = p.id
       LEFT JOIN (SELECT fe.practice_id, array_agg(${ENTRY}) AS codes
                    FROM nomination_entries fe JOIN nominations fn ON fn.id = fe.nomination_id
                   GROUP BY fe.practice_id) en ON en.practice_id = p.id
      WHERE ${PUBLIC_STATUS_SQL}`,
  );
  return rows;
}

/** The public practices among `ids` (the others are no longer public, or gone). */
export async function loadRows(pool: Pool, ids: number[]): Promise<IndexRow[]> {
  const { rows } = await pool.query<IndexRow>(
    `SELECT ${ROW_COLUMNS},
            (SELECT array_agg(theme_code::text) FROM practice_themes WHERE practice_id = p.id) AS themes,
            (SELECT array_agg(target_group_code::text) FROM practice_target_groups WHERE practice_id = p.id) AS groups,
            (SELECT array_agg(${ENTRY}) FROM nomination_entries fe JOIN nominations fn ON fn.id = fe.nomination_id
              WHERE fe.practice_id = p.id) AS entries
       FROM practices p
      WHERE p.id = ANY($1::int[]) AND ${PUBLIC_STATUS_SQL}`,
    [ids],
  );
  return rows;
}

export interface LabelRow {
  kind: 'district' | 'region' | 'theme' | 'targetGroup' | 'evidence' | 'nomination';
  code: string;
  label: string;
  ord: number;
  /** A region's district. */
  parent: string | null;
}

/** Every reference value a facet lists, with its label and display order, in one statement. */
export async function loadLabels(pool: Pool): Promise<LabelRow[]> {
  const { rows } = await pool.query<LabelRow>(
    `SELECT 'district' AS kind, code::text, name_ru AS label, sort_order::float8 AS ord, NULL AS parent FROM federal_districts
     UNION ALL SELECT 'region', code::text, name_ru, 0, district_code::text FROM regions
     UNION ALL SELECT 'theme', code::text, name_ru, sort_order, NULL FROM themes
     UNION ALL SELECT 'targetGroup', code::text, name_ru, sort_order, NULL FROM target_groups
     UNION ALL SELECT 'evidence', code::text, name_ru, rank, NULL FROM evidence_levels
     UNION ALL SELECT 'nomination', nm.id::text, ct.title || ' — ' || nm.title,
                      (DATE '2100-01-01' - ct.starts_on) * 100 + nm.sort_order, NULL
                 FROM nominations nm JOIN contests ct ON ct.id = nm.contest_id`,
  );
  return rows;
}

/**
 * The oldest transaction still running (changes from it on may not be visible yet), to be
 * remembered before reading, so that the next look re-reads anything that commits late.
 */
export async function readHorizon(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ horizon: string }>(
    'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon',
  );
  return rows[0]?.horizon ?? '0';
}

/**
 * Practices changed by transactions from `since` on, and the new horizon, in one statement
 * (null in `ids` means "everything": a TRUNCATE).
 */
export async function readChanges(
  pool: Pool,
  since: string,
): Promise<{ horizon: string; ids: (number | null)[] }> {
  const { rows } = await pool.query<{ horizon: string; ids: (number | null)[] | null }>(
    `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
            (SELECT array_agg(DISTINCT practice_id) FROM catalogue_changes WHERE xid >= $1::xid8) AS ids`,
    [since],
  );
  return { horizon: rows[0]?.horizon ?? since, ids: rows[0]?.ids ?? [] };
}

/** Forgets changes older than a day (a process that has not looked for an hour rebuilds). */
export async function pruneChanges(pool: Pool): Promise<void> {
  await pool.query("DELETE FROM catalogue_changes WHERE changed_at < now() - interval '1 day'");
}

/**
 * Public practices matching each of `tsqueries` (catalogue_search: public only), with ts_rank:
 * `term` is the query's index in the list. With `ids`, only among those practices (a patch
 * re-reading what changed).
 */
export async function loadTerms(
  pool: Pool,
  tsqueries: string[],
  ids?: number[],
): Promise<{ term: number; id: number; rank: number }[]> {
  if (!tsqueries.length || ids?.length === 0) return [];
  const { rows } = await pool.query<{ term: number; id: number; rank: number }>(
    `SELECT (a.i - 1)::int AS term, s.practice_id AS id, ts_rank(s.search_vector, a.q::tsquery)::float8 AS rank
       FROM unnest($1::text[]) WITH ORDINALITY AS a (q, i)
       JOIN catalogue_search s ON s.search_vector @@ a.q::tsquery
      ${ids ? 'WHERE s.practice_id = ANY($2::int[])' : ''}`,
    ids ? [tsqueries, ids] : [tsqueries],
  );
  return rows;
}

/** Every lexeme of the public catalogue with the number of practices holding it. */
export async function loadLexicon(pool: Pool): Promise<[string, number][]> {
  const { rows } = await pool.query<{ word: string; ndoc: number }>(
    "SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM catalogue_search')",
  );
  return rows.map((row) => [row.word, row.ndoc]);
}

/** The lexemes of public practices `ids` (counted once each: enough to be found by prefix). */
export async function loadLexemesOf(pool: Pool, ids: number[]): Promise<[string, number][]> {
  if (!ids.length) return [];
  const { rows } = await pool.query<{ word: string }>(
    `SELECT DISTINCT unnest(tsvector_to_array(search_vector)) AS word
       FROM catalogue_search WHERE practice_id = ANY($1::int[])`,
    [ids],
  );
  return rows.map((row) => [row.word, 1]);
}

/** The tsquery of a search, as text, split later into its AND-ed terms. */
export async function tsQueryText(pool: Pool, sql: string, values: unknown[]): Promise<string> {
  const { rows } = await pool.query<{ q: string }>(`SELECT (${sql})::text AS q`, values);
  return rows[0]?.q ?? '';
}
