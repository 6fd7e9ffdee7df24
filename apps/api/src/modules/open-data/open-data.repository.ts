// SQL of the open-data export, the field dictionary and the feeds. Which practices are exported is
// decided by the practices module (matchingPracticeIds); this reads them in batches of ids.
import type { Pool } from 'pg';
import { PUBLIC_STATUS_SQL } from '../practices';

export interface Named {
  code: string;
  nameRu: string;
}

export interface ExportIndicator {
  name: string;
  unit: string;
  baseline: number | null;
  achieved: number | null;
  year: number | null;
}

export interface ExportRow {
  id: number;
  slug: string;
  title: string;
  summary: string;
  status: string;
  region_code: string;
  region_name: string;
  organisation_name: string;
  organisation_type: string | null;
  evidence_level_code: string | null;
  replication_readiness: string | null;
  cost_band: string | null;
  start_year: number | null;
  end_year: number | null;
  can_host_internship: boolean;
  offers_training: boolean;
  has_methodical_materials: boolean;
  problem: string;
  goals: string;
  methods: string;
  results_narrative: string;
  resources_staff: string;
  resources_budget: string;
  resources_duration: string;
  partners: string;
  recommended_at: Date | null;
  updated_at: Date;
  is_demo: boolean;
  links: { title: string; url: string }[];
  themes: Named[];
  target_groups: Named[];
  indicators: ExportIndicator[];
}

const EXPORT_SQL = `
  SELECT p.id, p.slug, p.title, p.summary, p.status::text AS status, p.region_code, r.name_ru AS region_name,
         p.organisation_name, p.organisation_type::text AS organisation_type, p.evidence_level_code,
         p.replication_readiness::text AS replication_readiness, p.cost_band::text AS cost_band,
         p.start_year, p.end_year, p.can_host_internship, p.offers_training, p.has_methodical_materials,
         p.problem, p.goals, p.methods, p.results_narrative, p.resources_staff, p.resources_budget,
         p.resources_duration, p.partners, p.recommended_at, p.updated_at, p.is_demo, p.links,
         (SELECT coalesce(json_agg(json_build_object('code', t.code, 'nameRu', t.name_ru) ORDER BY t.sort_order), '[]')
            FROM practice_themes pt JOIN themes t ON t.code = pt.theme_code WHERE pt.practice_id = p.id) AS themes,
         (SELECT coalesce(json_agg(json_build_object('code', g.code, 'nameRu', g.name_ru) ORDER BY g.sort_order), '[]')
            FROM practice_target_groups pg JOIN target_groups g ON g.code = pg.target_group_code
           WHERE pg.practice_id = p.id) AS target_groups,
         (SELECT coalesce(json_agg(json_build_object('name', i.name, 'unit', i.unit, 'baseline', i.baseline,
                                                     'achieved', i.achieved, 'year', i.year) ORDER BY i.position), '[]')
            FROM practice_indicators i WHERE i.practice_id = p.id) AS indicators
    FROM practices p JOIN regions r ON r.code = p.region_code
   WHERE p.id = ANY($1::int[]) AND ${PUBLIC_STATUS_SQL}`;

/** The export rows of `ids`, in the order of `ids` (a practice hidden meanwhile is left out). */
export async function findExportRows(pool: Pool, ids: number[]): Promise<ExportRow[]> {
  const { rows } = await pool.query<ExportRow>(EXPORT_SQL, [ids]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type ReferenceName = 'regions' | 'themes' | 'targetGroups' | 'evidenceLevels';

const REFERENCE_SQL: Record<ReferenceName, string> = {
  regions: 'SELECT code, name_ru AS "labelRu" FROM regions ORDER BY code',
  themes: 'SELECT code, name_ru AS "labelRu" FROM themes ORDER BY sort_order, code',
  targetGroups: 'SELECT code, name_ru AS "labelRu" FROM target_groups ORDER BY sort_order, code',
  evidenceLevels: 'SELECT code, name_ru AS "labelRu" FROM evidence_levels ORDER BY rank, code',
};

export async function findReference(pool: Pool, name: ReferenceName) {
  return (await pool.query<{ code: string; labelRu: string }>(REFERENCE_SQL[name])).rows;
}

/** How many public practices there are and when the public catalogue last changed. */
export async function findCatalogueSummary(pool: Pool) {
  const { rows } = await pool.query<{ count: number; updated_at: Date | null }>(
    `SELECT count(*)::int AS count, max(greatest(p.updated_at, p.status_changed_at)) AS updated_at
       FROM practices p WHERE ${PUBLIC_STATUS_SQL}`,
  );
  return rows[0] as { count: number; updated_at: Date | null };
}

export interface FeedRow {
  slug: string;
  title: string;
  summary: string;
  organisation_name: string;
  region_name: string;
  at: Date;
  themes: Named[];
}

/**
 * The newest public practices of a feed: `published` by the time they were first published
 * (their status change when the log has none), `recommended` by the time of the recommendation.
 */
export async function findFeedRows(
  pool: Pool,
  kind: 'published' | 'recommended',
  filter: { theme?: string | undefined; region?: string | undefined },
  limit: number,
): Promise<FeedRow[]> {
  const at =
    kind === 'recommended'
      ? 'p.recommended_at'
      : `coalesce((SELECT min(e.at) FROM practice_events e WHERE e.practice_id = p.id AND e.to_status = 'published'),
                  p.status_changed_at)`;
  const where = [PUBLIC_STATUS_SQL];
  if (kind === 'recommended') where.push(`p.status = 'recommended' AND p.recommended_at IS NOT NULL`);
  const params: unknown[] = [limit];
  if (filter.theme) {
    params.push(filter.theme);
    where.push(
      `EXISTS (SELECT 1 FROM practice_themes pt WHERE pt.practice_id = p.id AND pt.theme_code = $${params.length})`,
    );
  }
  if (filter.region) {
    params.push(filter.region);
    where.push(`p.region_code = $${params.length}`);
  }
  const { rows } = await pool.query<FeedRow>(
    `SELECT * FROM (
       SELECT p.id, p.slug, p.title, p.summary, p.organisation_name, r.name_ru AS region_name, ${at} AS at,
              (SELECT coalesce(json_agg(json_build_object('code', t.code, 'nameRu', t.name_ru) ORDER BY t.sort_order), '[]')
                 FROM practice_themes pt JOIN themes t ON t.code = pt.theme_code WHERE pt.practice_id = p.id) AS themes
         FROM practices p JOIN regions r ON r.code = p.region_code
        WHERE ${where.join(' AND ')}) f
      ORDER BY f.at DESC, f.id DESC
      LIMIT $1`,
    params,
  );
  return rows;
}

/** The Russian name of a theme or region, or null when there is none with that code. */
export async function findNameOf(pool: Pool, table: 'themes' | 'regions', code: string) {
  const { rows } = await pool.query<{ name_ru: string }>(`SELECT name_ru FROM ${table} WHERE code = $1`, [
    code,
  ]);
  return rows[0]?.name_ru ?? null;
}
