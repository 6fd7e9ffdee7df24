import type { NominationPage } from '@registry/contracts/contests';
import { seedDemoPractices } from '@registry/db/seed/seed-demo';
import { seedDemoContests } from '@registry/db/seed/seed-demo-contests';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';

describe('demo contests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoPractices(t.db.prisma);
  });
  afterAll(() => t.close());

  it('seed the XI forum once, with published results over demo practices', async () => {
    expect(await seedDemoContests(t.db.prisma)).toBe(1);
    expect(await seedDemoContests(t.db.prisma)).toBe(0);
    const contest = (await t.app.inject('/api/contests/xi-forum-vmeste-radi-detey')).json();
    expect(contest).toMatchObject({ startsOn: '2020-11-06', endsOn: '2020-11-13', phase: 'closed' });
    expect(contest.nominations.map((n: { title: string }) => n.title)).toEqual([
      'Ценю жизнь',
      'Лидер выставочных коммуникаций',
    ]);
    const page = (
      await t.app.inject('/api/contests/xi-forum-vmeste-radi-detey/nominations/tsenyu-zhizn')
    ).json<NominationPage>();
    expect(page.entries[0]).toMatchObject({
      award: 'winner',
      practice: { slug: 'tyumen-child-loss-prevention' },
    });
    const rubric = await t.db.prisma.rubric.findUnique({
      where: { code: `nomination-${page.nomination.id}` },
      select: { _count: { select: { criteria: true } } },
    });
    expect(rubric?._count.criteria).toBe(6);
  });
});
