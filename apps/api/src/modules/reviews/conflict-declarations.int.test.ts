import { migrate, readMigrations } from '@registry/db/migrator';
import { defaultMigrationsDir } from '@registry/db/repo-root';
import { createTestDatabase } from '@registry/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseOrganisation } from './review-rules';
import { type ReviewWorld, reviewWorld } from './reviews.test-support';

describe('conflict-of-interest declarations: one per expert and organisation', () => {
  let w: ReviewWorld;
  beforeAll(async () => {
    w = await reviewWorld();
  });
  afterAll(() => w.t.close());

  const declare = (who: keyof ReviewWorld['people'], organisationName: string) =>
    w.call(w.people[who], 'POST', '/api/reviews/conflicts/mine', { organisationName });

  it('refuses the same organisation again, up to case, ё, quotes and spaces, naming the field', async () => {
    expect((await declare('expertA', 'ГАУ «Центр помощи семье»')).statusCode).toBe(201);
    for (const again of ['ГАУ «Центр помощи семье»', '  гау "центр   помощи СЕМЬЁ" ']) {
      const response = await declare('expertA', again);
      expect(response.statusCode, again).toBe(409);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json()).toMatchObject({
        type: '/problems/conflict-exists',
        detail: 'Конфликт интересов с организацией «ГАУ «Центр помощи семье»» уже заявлен',
        errors: [{ field: 'body.organisationName', message: 'Уже заявлено: «ГАУ «Центр помощи семье»»' }],
      });
    }
    const mine = await w.call(w.people.expertA, 'GET', '/api/reviews/conflicts/mine');
    expect(mine.json().items).toHaveLength(1);
  });

  it('lets another expert declare the same organisation, and a different one is a new declaration', async () => {
    expect((await declare('expertB', 'ГАУ «Центр помощи семье»')).statusCode).toBe(201);
    expect((await declare('expertA', 'ГАУ «Центр помощи детям»')).statusCode).toBe(201);
    expect(await w.t.db.prisma.expertConflict.count({ where: { expertId: w.people.expertA.id } })).toBe(2);
  });

  it('answers a burst of the same declaration with one row and 409s, never a 500', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => declare('expertC', 'Фонд «Семья»')));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await w.t.db.prisma.expertConflict.count({ where: { expertId: w.people.expertC.id } })).toBe(1);
  });
});

describe('the migration that makes declarations unique', () => {
  it('keeps the first of each set of copies and gives every row the key the service computes', async () => {
    const dir = defaultMigrationsDir();
    const names = readMigrations(dir).map((m) => m.name);
    const mine = names.find((n) => n.endsWith('_contest_results_and_conflicts')) as string;
    const db = await createTestDatabase({ migrate: false });
    try {
      await migrate(db.pool, dir, { only: new Set(names.filter((n) => n < mine)) });
      const expert = await db.pool.query(
        `INSERT INTO users (email, name, role, status) VALUES ('e@example.org', 'Эксперт', 'expert', 'active') RETURNING id`,
      );
      const id = expert.rows[0].id;
      const declared = [
        'ГАУ «Центр помощи семье»',
        'гау "центр  помощи СЕМЬЁ"',
        ' ГАУ  Центр Помощи Семье ',
        'Фонд Ёлка',
        'ФОНД ЕЛКА',
        'Другая организация',
      ];
      for (const name of declared)
        await db.pool.query('INSERT INTO expert_conflicts (expert_id, organisation_name) VALUES ($1, $2)', [
          id,
          name,
        ]);
      await migrate(db.pool, dir);
      const { rows } = await db.pool.query(
        'SELECT organisation_name, organisation_key FROM expert_conflicts ORDER BY id',
      );
      expect(rows.map((r) => r.organisation_name)).toEqual([
        'ГАУ «Центр помощи семье»',
        'Фонд Ёлка',
        'Другая организация',
      ]);
      for (const row of rows) expect(row.organisation_key).toBe(normaliseOrganisation(row.organisation_name));
    } finally {
      await db.close();
    }
  });
});
