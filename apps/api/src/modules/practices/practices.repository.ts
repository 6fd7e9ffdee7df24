// Read side of the public catalogue, in SQL: cards of a page, passports, similar practices.
import { type Contact, ContactSchema, type Link, LinkSchema } from '@registry/contracts/practice-passport';
import type { PracticePassport } from '@registry/contracts/practices';
import type { Pool } from 'pg';
import { z } from 'zod';
import { readJson } from '../../lib/json-column';
import { lexemesOf } from './catalogue-index/tsquery-terms';
import { CARD_COLUMNS, CARD_JOINS, cardsSql, PUBLIC_STATUS_SQL } from './catalogue-sql';
import { highlightAll, snippet } from './search-highlights';

export interface CardRow {
  id: number;
  slug: string;
  title: string;
  summary: string;
  organisation_name: string;
  status: 'published' | 'recommended';
  start_year: number;
  end_year: number | null;
  can_host_internship: boolean;
  is_demo: boolean;
  region_code: string;
  region_name: string;
  district_short: string;
  ev_code: string;
  ev_name: string;
  ev_rank: number;
  themes: { code: string; nameRu: string }[];
  snippet?: string | null;
  title_highlight?: string | null;
  organisation_highlight?: string | null;
}

/**
 * The cards of public practices `ids`, in the order of `ids` (ids no longer public are left out),
 * with their text highlighted for the search `tsQuery` (its text) if given.
 */
export async function findCards(pool: Pool, ids: number[], tsQuery: string | null): Promise<CardRow[]> {
  if (!ids.length) return [];
  const { rows } = await pool.query<CardRow & { body: string | null }>(cardsSql(tsQuery !== null), [ids]);
  const lexemes = tsQuery ? lexemesOf(tsQuery) : null;
  const byId = new Map<number, CardRow>(
    rows.map(({ body, ...row }) => [
      row.id,
      lexemes
        ? {
            ...row,
            snippet: snippet(body ?? '', lexemes),
            title_highlight: highlightAll(row.title, lexemes),
            organisation_highlight: highlightAll(row.organisation_name, lexemes),
          }
        : { ...row, snippet: null, title_highlight: null, organisation_highlight: null },
    ]),
  );
  return ids.map((id) => byId.get(id)).filter((row): row is CardRow => row !== undefined);
}

const ContactsSchema = z.array(ContactSchema);
const LinksSchema = z.array(LinkSchema);

export interface PassportRow extends CardRow {
  problem: string;
  goals: string;
  methods: string;
  results_narrative: string;
  replication_readiness: PracticePassport['replicationReadiness'];
  cost_band: PracticePassport['costBand'];
  resources_staff: string;
  resources_budget: string;
  resources_duration: string;
  organisation_type: PracticePassport['organisation']['type'];
  partners: string;
  has_methodical_materials: boolean;
  offers_training: boolean;
  contacts: Contact[];
  links: Link[];
  status_changed_at: Date;
  recommendation_text: string | null;
  recommended_at: Date | null;
  last_reviewed_at: Date | null;
  next_review_due_at: Date | null;
  updated_at: Date;
  district_code: string;
  district_name: string;
  ev_description: string;
  target_groups: { code: string; nameRu: string }[];
  indicators: {
    name: string;
    unit: string;
    baseline: number | null;
    achieved: number | null;
    year: number | null;
  }[];
}

/** The whole public passport in one statement, or undefined when there is no public practice. */
export async function findPassport(pool: Pool, slug: string): Promise<PassportRow | undefined> {
  const { rows } = await pool.query<PassportRow>(
    `SELECT ${CARD_COLUMNS},
            p.problem, p.goals, p.methods, p.results_narrative, p.replication_readiness::text,
            p.cost_band::text, p.resources_staff, p.resources_budget, p.resources_duration,
            p.organisation_type::text, p.partners, p.has_methodical_materials, p.offers_training,
            p.contacts, p.links, p.status_changed_at, p.updated_at,
            p.recommendation_text, p.recommended_at, p.last_reviewed_at, p.next_review_due_at,
            d.code AS district_code, d.name_ru AS district_name, e.description_ru AS ev_description,
            (SELECT coalesce(json_agg(json_build_object('code', g.code, 'nameRu', g.name_ru) ORDER BY g.sort_order), '[]')
               FROM practice_target_groups pg JOIN target_groups g ON g.code = pg.target_group_code
              WHERE pg.practice_id = p.id) AS target_groups,
            (SELECT coalesce(json_agg(json_build_object('name', i.name, 'unit', i.unit, 'baseline', i.baseline,
                    'achieved', i.achieved, 'year', i.year) ORDER BY i.position), '[]')
               FROM practice_indicators i WHERE i.practice_id = p.id) AS indicators
       FROM practices p
       ${CARD_JOINS}
      WHERE p.slug = $1 AND ${PUBLIC_STATUS_SQL}`,
    [slug],
  );
  const row = rows[0];
  return (
    row && {
      ...row,
      contacts: readJson(ContactsSchema, row.contacts, 'practices.contacts'),
      links: readJson(LinksSchema, row.links, 'practices.links'),
    }
  );
}

/** Public practices sharing the most themes and target groups with `slug`'s practice. */
export async function findSimilar(pool: Pool, slug: string, limit: number): Promise<CardRow[]> {
  const { rows } = await pool.query<CardRow>(
    `WITH me AS (SELECT id, region_code FROM practices p WHERE p.slug = $1 AND ${PUBLIC_STATUS_SQL}),
     by_theme AS (
       SELECT b.practice_id AS id, count(*) AS shared FROM me
         JOIN practice_themes a ON a.practice_id = me.id
         JOIN practice_themes b ON b.theme_code = a.theme_code AND b.practice_id <> me.id
        GROUP BY b.practice_id),
     by_group AS (
       SELECT b.practice_id AS id, count(*) AS shared FROM me
         JOIN practice_target_groups a ON a.practice_id = me.id
         JOIN practice_target_groups b ON b.target_group_code = a.target_group_code AND b.practice_id <> me.id
        GROUP BY b.practice_id),
     scored AS (
       SELECT coalesce(t.id, g.id) AS id, 2 * coalesce(t.shared, 0) + coalesce(g.shared, 0) AS score
         FROM by_theme t FULL JOIN by_group g ON g.id = t.id)
     SELECT ${CARD_COLUMNS}, NULL AS snippet
       FROM scored s JOIN practices p ON p.id = s.id
       ${CARD_JOINS}
      WHERE ${PUBLIC_STATUS_SQL}
      ORDER BY s.score DESC, e.rank ASC, p.status_changed_at DESC, p.id DESC
      LIMIT $2`,
    [slug, limit],
  );
  return rows;
}

/** The current slug of the public practice that formerly had `slug`, or null. */
export async function findCurrentSlug(pool: Pool, slug: string): Promise<string | null> {
  const { rows } = await pool.query<{ slug: string }>(
    `SELECT p.slug FROM practice_slug_redirects r JOIN practices p ON p.id = r.practice_id
      WHERE r.slug = $1 AND p.status IN ('published', 'recommended')`,
    [slug],
  );
  return rows[0]?.slug ?? null;
}
