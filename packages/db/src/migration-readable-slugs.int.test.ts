// Migration 20261201120000_readable_slugs_safe_links on data written before it: passport links
// that are not http(s) or mailto are dropped from passports and from their kept versions, the
// others keep their order; placeholder slugs of unpublished drafts start following the title,
// every other slug stays as chosen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from './migrator';
import { defaultMigrationsDir } from './repo-root';
import { createTestDatabase, type TestDatabase } from './testing';

const MIGRATION = '20261201120000_readable_slugs_safe_links';

describe(`migration ${MIGRATION}`, () => {
  let db: TestDatabase;
  const links = [
    { title: 'Сайт', url: 'https://example.org' },
    { title: 'Ловушка', url: 'javascript:alert(1)' },
    { title: 'Почта', url: 'mailto:info@example.org' },
    { title: 'Данные', url: 'DATA:text/html,<b>x</b>' },
    { title: 'Старый сайт', url: 'http://example.org/old' },
  ];
  const safe = [links[0], links[2], links[4]];

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    const dir = defaultMigrationsDir();
    const before = readMigrations(dir).filter((file) => file.name < MIGRATION);
    await migrate(db.pool, dir, { only: new Set(before.map((file) => file.name)) });
    await db.pool.query(`
      INSERT INTO federal_districts (code, name_ru, name_en, short_ru, sort_order) VALUES ('t', 'Т', 'T', 'Т', 1);
      INSERT INTO regions (code, name_ru, name_en, district_code) VALUES ('00', 'Тестовая', 'Test', 't');`);
    const insert = (slug: string, status: string, value: unknown) =>
      db.pool.query(
        `INSERT INTO practices (slug, region_code, status, links) VALUES ($1, '00', $2, $3::jsonb) RETURNING id`,
        [slug, status, JSON.stringify(value)],
      );
    const published = await insert('chosen-slug', 'published', links);
    await insert('draft-0a1b2c3d', 'draft', []);
    await insert('draft-9f8e7d6c', 'published', [links[0]]);
    await db.pool.query(
      `INSERT INTO practice_versions (practice_id, number, snapshot) VALUES ($1, 1, $2::jsonb)`,
      [published.rows[0].id, JSON.stringify({ title: 'Старый паспорт', links })],
    );
    await migrate(db.pool, dir);
  });
  afterAll(() => db.close());

  it('drops unsafe links from passports and kept versions, keeping the rest in order', async () => {
    const practice = await db.pool.query(`SELECT links FROM practices WHERE slug = 'chosen-slug'`);
    expect(practice.rows[0].links).toEqual(safe);
    const version = await db.pool.query('SELECT snapshot FROM practice_versions');
    expect(version.rows[0].snapshot).toEqual({ title: 'Старый паспорт', links: safe });
  });

  it('lets only an unpublished placeholder slug follow the title', async () => {
    const { rows } = await db.pool.query('SELECT slug, slug_auto FROM practices ORDER BY slug');
    expect(rows).toEqual([
      { slug: 'chosen-slug', slug_auto: false },
      { slug: 'draft-0a1b2c3d', slug_auto: true },
      { slug: 'draft-9f8e7d6c', slug_auto: false },
    ]);
  });
});
