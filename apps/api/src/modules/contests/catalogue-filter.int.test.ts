import type { PracticeList } from '@registry/contracts/practices';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('the catalogue filtered by nomination and award', () => {
  let t: TestApp;
  let published: number;
  let pending: number;
  const get = async (query: string) => {
    const response = await t.app.inject(`/api/practices?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PracticeList>();
  };
  const slugs = (list: PracticeList) => list.items.map((p) => p.slug).sort();

  beforeAll(async () => {
    t = await createTestApp();
    for (const slug of ['f-winner', 'f-finalist', 'f-entered', 'f-pending', 'f-outside'])
      await createPractice(t.db, { slug });
    const ids = Object.fromEntries(
      (await t.db.prisma.practice.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]),
    );
    const rubric = await t.db.prisma.rubric.create({ data: { code: 'f-rubric', nameRu: 'Рубрика' } });
    const contest = await t.db.prisma.contest.create({
      data: {
        slug: 'f-contest',
        title: 'Форум',
        startsOn: new Date('2020-11-06'),
        endsOn: new Date('2020-11-13'),
        submissionOpensAt: new Date('2020-09-01'),
        submissionClosesAt: new Date('2020-10-01'),
      },
    });
    const nomination = (slug: string, resultsPublishedAt: Date | null) =>
      t.db.prisma.nomination.create({
        data: { contestId: contest.id, slug, title: slug, rubricId: rubric.id, resultsPublishedAt },
      });
    published = (await nomination('done', new Date())).id;
    pending = (await nomination('pending', null)).id;
    await t.db.prisma.nominationEntry.createMany({
      data: [
        { nominationId: published, practiceId: ids['f-winner'] as number, award: 'winner' },
        { nominationId: published, practiceId: ids['f-finalist'] as number, award: 'finalist' },
        { nominationId: published, practiceId: ids['f-entered'] as number },
        // Awarded in a draft of results: not public yet.
        { nominationId: pending, practiceId: ids['f-pending'] as number, award: 'winner' },
      ],
    });
  });
  afterAll(() => t.close());

  it('filters by nomination, by award, and by both', async () => {
    expect(slugs(await get(`nomination=${published}`))).toEqual(['f-entered', 'f-finalist', 'f-winner']);
    expect(slugs(await get(`nomination=${pending}`))).toEqual(['f-pending']);
    expect(slugs(await get('award=winner'))).toEqual(['f-winner']);
    expect(slugs(await get('award=any'))).toEqual(['f-finalist', 'f-winner']);
    expect(slugs(await get(`nomination=${pending}&award=any`))).toEqual([]);
  });

  it('counts nominations and awards in the facets', async () => {
    const list = await get('award=any');
    expect(list.facets.nomination).toEqual([
      { value: String(published), label: 'Форум — done', count: 2 },
      { value: String(pending), label: 'Форум — pending', count: 0 },
    ]);
    const all = await get(`nomination=${published}`);
    expect(all.facets.award).toEqual([
      { value: 'winner', label: null, count: 1 },
      { value: 'finalist', label: null, count: 1 },
    ]);
    expect(all.facets.nomination.find((f) => f.value === String(pending))?.count).toBe(1);
  });

  it('refuses unknown nominations and awards naming the parameter', async () => {
    const unknown = await t.app.inject('/api/practices?nomination=999999');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('query.nomination');
    const bad = await t.app.inject('/api/practices?award=gold');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.award');
    expect((await t.app.inject('/api/practices?nomination=abc')).json().errors[0].field).toBe(
      'query.nomination',
    );
  });

  it('still runs at most 3 statements', async () => {
    const statements: string[] = [];
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements.push(String(args[0]));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    try {
      await get(`nomination=${published}&nomination=${pending}&award=finalist&theme=family-values`);
    } finally {
      pg.Client.prototype.query = original;
    }
    expect(statements.length).toBeLessThanOrEqual(3);
  });
});
