// The contest dimension of the catalogue: entered into a nomination, and awarded there once the
// nomination's results are published. Nomination and award are one dimension, so that "winner
// of nomination X" means the same entry won, not just any entry of that practice.
import type { SqlParams } from '../../lib/sql-params';
import type { CatalogueFilters } from './catalogue-filters';

/** An award condition on entry `fe` of nomination `fn`, or null when no award is asked for. */
function awardSql(award: CatalogueFilters['award'], params: SqlParams): string | null {
  if (!award) return null;
  const published = 'fn.results_published_at IS NOT NULL';
  if (award === 'any') return `${published} AND fe.award IS NOT NULL`;
  return `${published} AND fe.award::text = ${params.add(award)}`;
}

const nominationSql = (filters: CatalogueFilters, params: SqlParams) =>
  filters.nomination.length
    ? `fe.nomination_id = ANY(${params.add(filters.nomination.map(Number), 'int[]')})`
    : null;

/** The filter condition on practice `p`, or null when the visitor filters on neither. */
export function entryCondition(filters: CatalogueFilters, params: SqlParams): string | null {
  const parts = [nominationSql(filters, params), awardSql(filters.award, params)].filter(Boolean);
  if (!parts.length) return null;
  return `EXISTS (SELECT 1 FROM nomination_entries fe JOIN nominations fn ON fn.id = fe.nomination_id
                   WHERE fe.practice_id = p.id AND ${parts.join(' AND ')})`;
}

/**
 * Facet rows for nominations (every nomination, newest contest first, counted with the award
 * filter) and awards (counted within the chosen nominations). `others` holds the other active
 * filters' flags of the `base` CTE, as "AND …" or an empty string.
 */
export function contestFacetsSql(filters: CatalogueFilters, params: SqlParams, others: string): string {
  const award = awardSql(filters.award, params);
  const nomination = nominationSql(filters, params);
  const entries = (
    condition: string | null,
  ) => `SELECT fe.nomination_id, fe.award::text AS award, base.id FROM base
        JOIN nomination_entries fe ON fe.practice_id = base.id
        JOIN nominations fn ON fn.id = fe.nomination_id
       WHERE ${condition ?? 'true'} ${others}`;
  const published = `fn.results_published_at IS NOT NULL${nomination ? ` AND ${nomination}` : ''}`;
  return `
    SELECT 'nomination', nm.id::text, ct.title || ' — ' || nm.title, count(DISTINCT x.id)::int,
           (DATE '2100-01-01' - ct.starts_on) * 100 + nm.sort_order
      FROM nominations nm JOIN contests ct ON ct.id = nm.contest_id
      LEFT JOIN (${entries(award)}) x ON x.nomination_id = nm.id
     GROUP BY nm.id, ct.title, ct.starts_on
    UNION ALL
    SELECT 'award', aw.award, NULL, count(DISTINCT x.id)::int, aw.ord
      FROM (VALUES ('winner', 1), ('finalist', 2)) AS aw (award, ord)
      LEFT JOIN (${entries(published)}) x ON x.award = aw.award
     GROUP BY aw.award, aw.ord`;
}
