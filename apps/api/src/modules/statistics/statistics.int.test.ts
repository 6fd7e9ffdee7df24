import type { Statistics } from '@registry/contracts/statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

describe('public statistics', () => {
  let t: TestApp;
  let coordinator66: SignedIn;
  let title72 = '';
  let slug72 = '';

  beforeAll(async () => {
    t = await createTestApp();
    const p72 = await createPractice(t.db, { regionCode: '72', title: 'Школа, "приёмных" родителей' });
    title72 = p72.title;
    slug72 = p72.slug;
    await createPractice(t.db, { regionCode: '72' }, { status: 'recommended' });
    await createPractice(t.db, { regionCode: '66' });
    await createPractice(t.db, { regionCode: '66' }, { status: 'draft' });
    coordinator66 = await signIn(
      t.app,
      (await createUser(t.db, { role: 'coordinator', regionCode: '66' })).email,
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/adoptions',
      headers: coordinator66.headers,
      payload: {
        practiceSlug: p72.slug,
        status: 'planning',
        startedOn: null,
        finishedOn: null,
        contact: { name: 'Ирина', email: '', phone: '' },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
  });
  afterAll(() => t.close());

  it('counts public practices per district and region, recommended ones and adoption flows', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/statistics' });
    expect(response.statusCode).toBe(200);
    const stats = response.json<Statistics>();
    expect(stats.totals).toEqual({ practices: 3, recommended: 1, adoptions: 1, adoptingRegions: 1 });
    expect(stats.districts).toHaveLength(8);
    expect(stats.districts.find((d) => d.code === 'ural')).toMatchObject({ practices: 3, recommended: 1 });
    expect(stats.regions).toHaveLength(89);
    expect(stats.regions.find((r) => r.code === '72')).toMatchObject({ practices: 2, adoptedElsewhere: 1 });
    expect(stats.regions.find((r) => r.code === '66')).toMatchObject({ practices: 1, adopting: 1 });
    expect(stats.flows).toEqual([
      {
        sourceCode: '72',
        sourceName: 'Тюменская область',
        targetCode: '66',
        targetName: 'Свердловская область',
        count: 1,
      },
    ]);
    expect(stats.topPractices).toEqual([expect.objectContaining({ title: title72, adoptions: 1 })]);
  });

  it('follows new adoptions at once (the cache is keyed by the catalogue version)', async () => {
    const p66 = await createPractice(t.db, { regionCode: '66' });
    await t.db.prisma.adoption.create({
      data: { practice: { connect: { slug: p66.slug } }, region: { connect: { code: '72' } } },
    });
    const stats = (await t.app.inject({ method: 'GET', url: '/api/statistics' })).json<Statistics>();
    expect(stats.totals.adoptions).toBe(2);
    expect(stats.flows.map((f) => `${f.sourceCode}→${f.targetCode}`).sort()).toEqual(['66→72', '72→66']);
  });

  it('offers each table as CSV with a BOM, quoting and a download name', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/statistics/top-practices.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('statistics-top-practices.csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Практика,Адрес,Код региона,Регион,Регионов внедряют');
    expect(lines).toContain(`"Школа, ""приёмных"" родителей",${slug72},72,Тюменская область,1`);
    for (const table of ['districts', 'regions', 'flows']) {
      const csv = await t.app.inject({ method: 'GET', url: `/api/statistics/${table}.csv` });
      expect(csv.statusCode).toBe(200);
      expect(csv.body.split('\r\n').length).toBeGreaterThan(2);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/statistics/nothing.csv' })).statusCode).toBe(404);
  });

  it('is documented in OpenAPI', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/statistics']).toBeDefined();
    expect(spec.paths['/api/statistics/regions.csv']).toBeDefined();
    expect(spec.paths['/api/adoptions/{id}'].patch).toBeDefined();
    expect(spec.paths['/api/practices/{slug}/adoptions'].get).toBeDefined();
  });
});
