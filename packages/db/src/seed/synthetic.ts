// `pnpm db:seed --synthetic N`: writes N realistic synthetic practices for benchmarks and
// load tests, in batches of set-based INSERTs (one JSON parameter per batch), so 50,000 take
// seconds rather than minutes. Deterministic for a given seed.
import type { Pool } from 'pg';
import { loadCatalogueSeed, loadRegionSeed } from './reference-data';
import * as text from './synthetic-text';

const BATCH = 1000;
const STATUSES: [string, number][] = [
  ['published', 0.72],
  ['recommended', 0.1],
  ['draft', 0.06],
  ['submitted', 0.04],
  ['in_review', 0.03],
  ['needs_revision', 0.03],
  ['archived', 0.02],
];

/** mulberry32: a tiny seeded PRNG, so runs are reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateSyntheticPractices(
  pool: Pool,
  count: number,
  options: { seed?: number } = {},
): Promise<{ written: number; ms: number }> {
  const started = performance.now();
  const rnd = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return [...list].sort(() => rnd() - 0.5).slice(0, n);
  };
  const weighted = () => {
    let r = rnd();
    for (const [status, weight] of STATUSES) {
      r -= weight;
      if (r < 0) return status;
    }
    return 'published';
  };
  const regions = loadRegionSeed().regions.map((region) => region.code);
  const catalogue = loadCatalogueSeed();
  const themes = catalogue.themes.map((theme) => theme.code);
  const groups = catalogue.targetGroups.map((group) => group.code);
  const levels = catalogue.evidenceLevels.map((level) => level.code);
  const runId = Date.now().toString(36);
  const now = Date.now();

  let written = 0;
  while (written < count) {
    const size = Math.min(BATCH, count - written);
    const practices = [];
    const links: { slug: string; themes: string[]; groups: string[] }[] = [];
    for (let i = 0; i < size; i++) {
      const n = written + i + 1;
      const practiceThemes = some(themes, 1, 3);
      const topic = pick(text.themeTopics[practiceThemes[0] as string] ?? ['поддержки семей']);
      const startYear = 2008 + Math.floor(rnd() * 18);
      const slug = `synthetic-${runId}-${n}`;
      practices.push({
        slug,
        title: `${pick(text.formats)} ${topic} ${pick(text.audiences)}`,
        summary: `${pick(text.goals)} ${pick(text.methods)}`.slice(0, 500),
        problem: `${pick(text.problems)} ${pick(text.problems)}`,
        goals: some(text.goals, 2, 3).join(' '),
        methods: some(text.methods, 3, 5).join('\n'),
        results_narrative: some(text.results, 1, 3).join(' '),
        evidence_level_code: pick(levels),
        replication_readiness: pick([
          'package_with_training',
          'materials_available',
          'author_support_needed',
        ]),
        cost_band: pick(['low', 'medium', 'high']),
        resources_staff: 'Психолог, социальный педагог, специалист по социальной работе',
        resources_budget: 'В рамках государственного задания учреждения',
        resources_duration: 'От 6 до 12 месяцев сопровождения одной семьи',
        organisation_name: pick(text.organisations),
        organisation_type: pick(['state', 'municipal', 'ngo', 'other']),
        region_code: pick(regions),
        partners: 'Органы опеки и попечительства, образовательные организации, КДН и ЗП',
        start_year: startYear,
        end_year: rnd() < 0.7 ? null : Math.min(2026, startYear + 1 + Math.floor(rnd() * 5)),
        has_methodical_materials: rnd() < 0.6,
        offers_training: rnd() < 0.4,
        can_host_internship: rnd() < 0.3,
        contacts: [],
        links: [],
        status: weighted(),
        status_changed_at: new Date(now - Math.floor(rnd() * 5 * 365 * 24 * 3600 * 1000)).toISOString(),
        is_demo: false,
        created_at: new Date(now).toISOString(),
        updated_at: new Date(now).toISOString(),
      });
      links.push({ slug, themes: practiceThemes, groups: some(groups, 1, 3) });
    }
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // The search text is written here, with the links known up front, instead of by the
      // triggers (which would compute it on insert and again for each link statement; migration
      // 20261201100000).
      await client.query("SET LOCAL registry.defer_search_text = 'on'");
      const inserted = await client.query<{ id: number; slug: string }>(
        `INSERT INTO practices (slug, title, summary, problem, goals, methods, results_narrative, evidence_level_code,
           replication_readiness, cost_band, resources_staff, resources_budget, resources_duration, organisation_name,
           organisation_type, region_code, partners, start_year, end_year, has_methodical_materials, offers_training,
           can_host_internship, contacts, links, status, status_changed_at, is_demo, created_at, updated_at,
           search_vector)
         SELECT slug, title, summary, problem, goals, methods, results_narrative, evidence_level_code,
           replication_readiness, cost_band, resources_staff, resources_budget, resources_duration, organisation_name,
           organisation_type, region_code, partners, start_year, end_year, has_methodical_materials, offers_training,
           can_host_internship, contacts, links, status, status_changed_at, is_demo, created_at, updated_at,
           practice_own_search_vector(title, summary, organisation_name,
             problem || ' ' || goals || ' ' || methods || ' ' || results_narrative || ' ' || partners) ||
           practice_names_search_vector(region_code,
             ARRAY(SELECT json_array_elements_text(l.value -> 'themes')),
             ARRAY(SELECT json_array_elements_text(l.value -> 'groups')))
           FROM json_populate_recordset(NULL::practices, $1) WITH ORDINALITY AS p
           JOIN json_array_elements($2::json) WITH ORDINALITY AS l ON l.ordinality = p.ordinality
         RETURNING id, slug`,
        [JSON.stringify(practices), JSON.stringify(links)],
      );
      const ids = new Map(inserted.rows.map((row) => [row.slug, row.id]));
      const themeRows = links.flatMap((link) =>
        link.themes.map((code) => ({ practice_id: ids.get(link.slug), theme_code: code })),
      );
      const groupRows = links.flatMap((link) =>
        link.groups.map((code) => ({ practice_id: ids.get(link.slug), target_group_code: code })),
      );
      await client.query(
        'INSERT INTO practice_themes SELECT * FROM json_populate_recordset(NULL::practice_themes, $1)',
        [JSON.stringify(themeRows)],
      );
      await client.query(
        'INSERT INTO practice_target_groups SELECT * FROM json_populate_recordset(NULL::practice_target_groups, $1)',
        [JSON.stringify(groupRows)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    written += size;
  }
  await seedSyntheticContest(pool, runId);
  // Fresh planner statistics: without them PostgreSQL plans facet joins as if tables were empty.
  await pool.query('ANALYZE practices, practice_themes, practice_target_groups, nomination_entries');
  return { written, ms: Math.round(performance.now() - started) };
}

/**
 * A synthetic contest with four nominations (results published in two) and about one public
 * practice in twenty entered into each, so benchmarks can filter by nomination and award.
 */
async function seedSyntheticContest(pool: Pool, runId: string): Promise<void> {
  await pool.query(
    `WITH c AS (
       INSERT INTO contests (slug, title, description, starts_on, ends_on, submission_opens_at, submission_closes_at)
       VALUES ($1, $2, '', DATE '2025-01-01', DATE '2025-12-31', TIMESTAMPTZ '2025-01-01', TIMESTAMPTZ '2025-06-01')
       RETURNING id)
     INSERT INTO nominations (contest_id, slug, title, rubric_id, sort_order, results_published_at)
     SELECT c.id, 'nomination-' || i, 'Синтетическая номинация ' || i,
            (SELECT id FROM rubrics WHERE code = 'practice_review'), i,
            CASE WHEN i <= 2 THEN TIMESTAMPTZ '2025-12-01' END
       FROM c, generate_series(1, 4) AS i`,
    [`synthetic-${runId}`, `Синтетический конкурс ${runId}`],
  );
  await pool.query(
    `INSERT INTO nomination_entries (nomination_id, practice_id, award)
     SELECT n.id, p.id, (CASE p.id % 7 WHEN 0 THEN 'winner' WHEN 1 THEN 'finalist' END)::award_kind
       FROM practices p
       JOIN nominations n ON n.contest_id = (SELECT id FROM contests WHERE slug = $1)
      WHERE p.slug LIKE $2 AND p.status IN ('published', 'recommended') AND (p.id + n.sort_order) % 20 = 0`,
    [`synthetic-${runId}`, `synthetic-${runId}-%`],
  );
}
