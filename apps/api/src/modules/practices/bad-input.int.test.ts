import type { PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('GET /api/practices: bad input gets a 400 problem naming the parameter', () => {
  let t: TestApp;
  let cursor: string;

  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < 3; i++) await createPractice(t.db);
    cursor = (await t.app.inject('/api/practices?limit=1')).json<PracticeList>().nextCursor as string;
    expect(cursor).toBeTruthy();
  });
  afterAll(() => t.close());

  const expectProblem = async (query: string, field: string) => {
    const response = await t.app.inject(`/api/practices?${query}`);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
    return problem;
  };

  it.each([
    ['theme=no-such-theme', 'query.theme'],
    ['targetGroup=aliens', 'query.targetGroup'],
    ['region=99', 'query.region'],
    ['region=7', 'query.region'],
    ['district=atlantis', 'query.district'],
    ['evidence=magic', 'query.evidence'],
    ['status=draft', 'query.status'],
    ['limit=10000', 'query.limit'],
    ['limit=0', 'query.limit'],
    ['limit=ten', 'query.limit'],
    ['sort=random', 'query.sort'],
    ['yearFrom=1800', 'query.yearFrom'],
    ['yearFrom=2022&yearTo=2020', 'query.yearTo'],
    ['internship=maybe', 'query.internship'],
    [`q=${'я'.repeat(5000)}`, 'query.q'],
  ])('%s → %s', async (query, field) => {
    await expectProblem(query, field);
  });

  it('names every unknown code at once and still lists valid ones as fine', async () => {
    const problem = await expectProblem('theme=child-safety&theme=nope&region=72&region=98', 'query.theme');
    expect(problem.errors).toEqual([
      { field: 'query.theme', message: expect.stringContaining('nope') },
      { field: 'query.region', message: expect.stringContaining('98') },
    ]);
  });

  it('refuses a cursor that was tampered with', async () => {
    const [body, mac] = cursor.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
    payload.after[payload.after.length - 1] = 1;
    const forged = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    await expectProblem(`limit=1&cursor=${encodeURIComponent(forged)}`, 'query.cursor');
    await expectProblem('limit=1&cursor=garbage', 'query.cursor');
    await expectProblem(
      `limit=1&cursor=${encodeURIComponent(`${body}.AAAAAAAAAAAAAAAAAAAAAA`)}`,
      'query.cursor',
    );
  });

  it('refuses a cursor from another query', async () => {
    await expectProblem(`limit=1&sort=title&cursor=${encodeURIComponent(cursor)}`, 'query.cursor');
  });

  it('accepts its own cursor', async () => {
    const response = await t.app.inject(`/api/practices?limit=1&cursor=${encodeURIComponent(cursor)}`);
    expect(response.statusCode).toBe(200);
  });
});
