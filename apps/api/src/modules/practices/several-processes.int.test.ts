// API processes are stateless: each keeps its own catalogue index, and two processes on one
// database answer the same question the same way once they have read the new catalogue version
// (at most a second later in production; the tests read it on every request). Here two
// applications share one database, and changes come from outside both, as from a third process.
import type { PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { buildApp } from '../../app';
import { loadConfig } from '../../config/env';

describe('several API processes on one database', () => {
  let t: TestApp;
  let other: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    t = await createTestApp();
    other = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), db: t.db, catalogueVersionTtlMs: 0 });
    await other.ready();
    for (let i = 0; i < 12; i++)
      await createPractice(t.db, {
        themeCodes: [i % 2 ? 'child-safety' : 'foster-families'],
        startYear: 2010 + i,
      });
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  const ask = async (app: { inject: TestApp['app']['inject'] }, query: string) => {
    const response = await app.inject(`/api/practices?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<PracticeList>();
    return { total: body.total, slugs: body.items.map((i) => i.slug), facets: body.facets };
  };

  const questions = ['theme=child-safety', 'yearFrom=2015&sort=title', 'q=практика&limit=5', 'limit=3'];

  it('give the same answers, before and after changes made elsewhere', async () => {
    for (const q of questions) expect(await ask(other, q)).toEqual(await ask(t.app, q));
    await t.db.pool.query(
      "UPDATE practices SET status = 'archived' WHERE id = (SELECT min(id) FROM practices WHERE status = 'published')",
    );
    await createPractice(t.db, {
      themeCodes: ['child-safety'],
      startYear: 2024,
      title: 'Новая практика для детей',
    });
    await t.db.pool.query(
      "UPDATE practice_themes SET theme_code = 'child-safety' WHERE practice_id = (SELECT max(id) FROM practices WHERE title LIKE 'Тестовая%')",
    );
    for (const q of questions) {
      const a = await ask(t.app, q);
      expect(await ask(other, q), q).toEqual(a);
    }
    const { total } = await ask(other, 'theme=child-safety');
    const { rows } = await t.db.pool.query<{ n: number }>(
      `SELECT count(DISTINCT p.id)::int AS n FROM practices p JOIN practice_themes pt ON pt.practice_id = p.id
        WHERE pt.theme_code = 'child-safety' AND p.status IN ('published', 'recommended')`,
    );
    expect(total).toBe(rows[0]?.n);
  });
});
