import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { generateSyntheticPractices } from './synthetic';

describe('synthetic practices', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ referenceData: true });
  });
  afterAll(() => db.close());

  it('writes N practices spread over regions, themes and years, with links', async () => {
    const result = await generateSyntheticPractices(db.pool, 1500);
    expect(result.written).toBe(1500);
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n, count(DISTINCT region_code)::int AS regions, count(DISTINCT start_year)::int AS years,
              (SELECT count(DISTINCT theme_code)::int FROM practice_themes) AS themes,
              (SELECT count(*)::int FROM practices p WHERE NOT EXISTS (SELECT 1 FROM practice_themes t WHERE t.practice_id = p.id)) AS orphans
         FROM practices`,
    );
    expect(rows[0]).toMatchObject({ n: 1500, themes: 12, orphans: 0 });
    expect(rows[0].regions).toBeGreaterThan(80);
    expect(rows[0].years).toBeGreaterThan(10);
    const search = await db.pool.query(
      "SELECT count(*)::int AS n FROM practices WHERE search_vector @@ websearch_to_tsquery('russian', 'семья')",
    );
    expect(search.rows[0].n).toBeGreaterThan(100);
    const entries = await db.pool.query(
      `SELECT count(DISTINCT e.nomination_id)::int AS nominations, count(*)::int AS entries,
              count(*) FILTER (WHERE e.award IS NOT NULL AND n.results_published_at IS NOT NULL)::int AS awarded
         FROM nomination_entries e JOIN nominations n ON n.id = e.nomination_id`,
    );
    expect(entries.rows[0].nominations).toBe(4);
    expect(entries.rows[0].entries).toBeGreaterThan(150);
    expect(entries.rows[0].awarded).toBeGreaterThan(10);
  });
});
