import type { Pool } from 'pg';
import { PUBLIC_STATUS_SQL } from '../practices';

export interface NamedCountRow {
  code: string;
  name_ru: string;
  name_en: string;
  count: number;
}

export interface EvidenceCountRow extends NamedCountRow {
  rank: number;
  description_ru: string;
  description_en: string;
}

/** Themes or target groups with the number of public practices carrying each, in display order. */
export async function countByLink(pool: Pool, kind: 'themes' | 'target_groups'): Promise<NamedCountRow[]> {
  const link =
    kind === 'themes'
      ? { table: 'practice_themes', column: 'theme_code' }
      : { table: 'practice_target_groups', column: 'target_group_code' };
  const { rows } = await pool.query<NamedCountRow>(
    `SELECT x.code, x.name_ru, x.name_en,
            (SELECT count(*)::int FROM ${link.table} l JOIN practices p ON p.id = l.practice_id
              WHERE l.${link.column} = x.code AND ${PUBLIC_STATUS_SQL}) AS count
       FROM ${kind} x ORDER BY x.sort_order`,
  );
  return rows;
}

export async function countByEvidence(pool: Pool): Promise<EvidenceCountRow[]> {
  const { rows } = await pool.query<EvidenceCountRow>(
    `SELECT e.code, e.rank, e.name_ru, e.name_en, e.description_ru, e.description_en,
            (SELECT count(*)::int FROM practices p WHERE p.evidence_level_code = e.code AND ${PUBLIC_STATUS_SQL}) AS count
       FROM evidence_levels e ORDER BY e.rank`,
  );
  return rows;
}
