// The map's figures per federal subject, in one statement each. Only public practices
// (published, recommended) and adoptions of public practices count, as in the statistics.
import type { Pool } from 'pg';

const PUBLIC = `p.status IN ('published', 'recommended')`;

export interface RegionFiguresRow {
  code: string;
  nameRu: string;
  practices: number;
  recommended: number;
  adoptions: number;
}

export async function readRegionFigures(pool: Pool): Promise<RegionFiguresRow[]> {
  const { rows } = await pool.query<RegionFiguresRow>(`
    SELECT r.code, r.name_ru AS "nameRu",
           (SELECT count(*) FROM practices p WHERE p.region_code = r.code AND ${PUBLIC})::int AS practices,
           (SELECT count(*) FROM practices p
             WHERE p.region_code = r.code AND p.status = 'recommended')::int AS recommended,
           (SELECT count(*) FROM adoptions a JOIN practices p ON p.id = a.practice_id AND ${PUBLIC}
             WHERE a.region_code = r.code)::int AS adoptions
      FROM regions r
     ORDER BY r.code`);
  return rows;
}

export type CoverageKind = 'theme' | 'targetGroup';

const LINK: Record<CoverageKind, { table: string; column: string; reference: string }> = {
  theme: { table: 'practice_themes', column: 'theme_code', reference: 'themes' },
  targetGroup: { table: 'practice_target_groups', column: 'target_group_code', reference: 'target_groups' },
};

/** The theme's or target group's Russian name, or null when no such code exists. */
export async function readSubjectName(pool: Pool, kind: CoverageKind, code: string): Promise<string | null> {
  const { rows } = await pool.query<{ nameRu: string }>(
    `SELECT name_ru AS "nameRu" FROM ${LINK[kind].reference} WHERE code = $1`,
    [code],
  );
  return rows[0]?.nameRu ?? null;
}

export interface CoverageRow {
  code: string;
  nameRu: string;
  practices: number;
  recommended: number;
}

/** Every federal subject with its public and recommended practices for one theme or target group. */
export async function readCoverage(pool: Pool, kind: CoverageKind, code: string): Promise<CoverageRow[]> {
  const { table, column } = LINK[kind];
  const { rows } = await pool.query<CoverageRow>(
    `WITH matching AS (
       SELECT p.region_code, p.status FROM practices p
        WHERE ${PUBLIC} AND EXISTS (SELECT 1 FROM ${table} l WHERE l.practice_id = p.id AND l.${column} = $1))
     SELECT r.code, r.name_ru AS "nameRu",
            count(m.region_code)::int AS practices,
            count(m.region_code) FILTER (WHERE m.status = 'recommended')::int AS recommended
       FROM regions r LEFT JOIN matching m ON m.region_code = r.code
      GROUP BY r.code, r.name_ru
      ORDER BY r.code`,
    [code],
  );
  return rows;
}
