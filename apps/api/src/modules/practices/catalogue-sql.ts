// Hand-written SQL for the public catalogue's cards (docs/decisions/008): which practices match
// and in what order is decided by the in-memory catalogue index; this reads the page's rows.
// Every user value goes in as a parameter.
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';

/** Columns of a practice card (alias p, with CARD_JOINS); mapped by toCard in the service. */
export const CARD_COLUMNS = `p.id, p.slug, p.title, p.summary, p.organisation_name, p.status::text AS status, p.start_year,
       p.end_year, p.can_host_internship, p.is_demo,
       r.code AS region_code, r.name_ru AS region_name, d.short_ru AS district_short,
       e.code AS ev_code, e.name_ru AS ev_name, e.rank AS ev_rank,
       (SELECT coalesce(json_agg(json_build_object('code', t.code, 'nameRu', t.name_ru) ORDER BY t.sort_order), '[]')
          FROM practice_themes pt JOIN themes t ON t.code = pt.theme_code WHERE pt.practice_id = p.id) AS themes`;

export const CARD_JOINS = `JOIN regions r ON r.code = p.region_code
      JOIN federal_districts d ON d.code = r.district_code
      JOIN evidence_levels e ON e.code = p.evidence_level_code`;

export const PUBLIC_STATUS_SQL = `p.status IN (${PUBLIC_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * One statement: the cards of practices `$1` (ids), with the body text the search's snippet is
 * cut from (search-highlights.ts) when asked.
 */
export function cardsSql(withBody: boolean): string {
  return `SELECT ${CARD_COLUMNS}, ${withBody ? "p.summary || ' ' || p.problem || ' ' || p.methods AS body" : 'NULL AS body'}
            FROM practices p
            ${CARD_JOINS}
           WHERE p.id = ANY($1::int[]) AND ${PUBLIC_STATUS_SQL}`;
}
