import type { Coverage, RegionFiguresList } from '@registry/contracts/map';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, signIn } from '../../../test/users';

describe('the tile map of Russia and where help is missing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // Тюменская: a recommended practice on addiction help; Свердловская: a published one;
    // Москва: recommended, on another theme; a draft in Курганская counts nowhere.
    const p72 = await createPractice(
      t.db,
      { regionCode: '72', themeCodes: ['addiction-help'], targetGroupCodes: ['teenagers'] },
      { status: 'recommended' },
    );
    await createPractice(t.db, { regionCode: '66', themeCodes: ['addiction-help', 'child-safety'] });
    await createPractice(
      t.db,
      { regionCode: '77', themeCodes: ['child-safety'], targetGroupCodes: ['orphans'] },
      { status: 'recommended' },
    );
    await createPractice(t.db, { regionCode: '45', themeCodes: ['addiction-help'] }, { status: 'draft' });
    const coordinator = await signIn(
      t.app,
      (await createUser(t.db, { role: 'coordinator', regionCode: '74' })).email,
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/adoptions',
      headers: coordinator.headers,
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

  it('gives every federal subject its public practices, recommended ones and adoptions', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/map/regions' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, no-cache');
    expect(response.headers.etag).toBeTruthy();
    const { regions } = response.json<RegionFiguresList>();
    expect(regions).toHaveLength(89);
    expect(regions.find((r) => r.code === '72')).toEqual({
      code: '72',
      nameRu: 'Тюменская область',
      practices: 1,
      recommended: 1,
      adoptions: 0,
    });
    expect(regions.find((r) => r.code === '74')).toMatchObject({ practices: 0, adoptions: 1 });
    expect(regions.find((r) => r.code === '45')).toMatchObject({ practices: 0, recommended: 0 });
  });

  it('shows for a theme which regions have none, one, or a recommended practice, and the nearest to adopt from', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/map/coverage?theme=addiction-help' });
    expect(response.statusCode, response.body).toBe(200);
    const coverage = response.json<Coverage>();
    expect(coverage.subject).toEqual({ kind: 'theme', code: 'addiction-help', nameRu: expect.any(String) });
    expect(coverage.regions).toHaveLength(89);
    expect(coverage.totals).toEqual({ none: 87, published: 1, recommended: 1 });
    const byCode = new Map(coverage.regions.map((r) => [r.code, r]));
    expect(byCode.get('72')).toMatchObject({
      status: 'recommended',
      practices: 1,
      recommended: 1,
      nearest: [],
    });
    // Свердловская has a published practice, no recommended one: Тюменская is suggested, ~300 km.
    const sverdlovsk = byCode.get('66');
    expect(sverdlovsk?.status).toBe('published');
    expect(sverdlovsk?.nearest).toEqual([
      { code: '72', nameRu: 'Тюменская область', distanceKm: expect.any(Number), recommended: 1 },
    ]);
    expect(sverdlovsk?.nearest[0]?.distanceKm).toBeGreaterThan(280);
    expect(sverdlovsk?.nearest[0]?.distanceKm).toBeLessThan(320);
    // A draft does not count; Москва's recommended practice is on another theme.
    expect(byCode.get('45')).toMatchObject({ status: 'none', practices: 0 });
    expect(byCode.get('45')?.nearest.map((n) => n.code)).toEqual(['72']);
    expect(byCode.get('77')).toMatchObject({ status: 'none' });
  });

  it('lists at most three nearest regions, nearest first, for a target group', async () => {
    await createPractice(
      t.db,
      { regionCode: '50', targetGroupCodes: ['orphans'] },
      { status: 'recommended' },
    );
    await createPractice(
      t.db,
      { regionCode: '71', targetGroupCodes: ['orphans'] },
      { status: 'recommended' },
    );
    await createPractice(
      t.db,
      { regionCode: '25', targetGroupCodes: ['orphans'] },
      { status: 'recommended' },
    );
    const response = await t.app.inject({ method: 'GET', url: '/api/map/coverage?targetGroup=orphans' });
    expect(response.statusCode, response.body).toBe(200);
    const coverage = response.json<Coverage>();
    expect(coverage.subject.kind).toBe('targetGroup');
    const kaluga = coverage.regions.find((r) => r.code === '40');
    expect(kaluga?.nearest.map((n) => n.code)).toEqual(['71', '50', '77']);
    const distances = kaluga?.nearest.map((n) => n.distanceKm) ?? [];
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('gives the same table as CSV with a BOM and Russian headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/map/coverage.csv?theme=addiction-help' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('coverage-addiction-help.csv');
    const text = response.body;
    expect(text.startsWith('\uFEFFКод региона,Регион,Тема,Состояние')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(90);
    expect(lines.find((l) => l.startsWith('66,'))).toContain('Есть практика');
    expect(lines.find((l) => l.startsWith('66,'))).toContain('Тюменская область (');
    expect(lines.find((l) => l.startsWith('72,'))).toContain('Есть рекомендованная практика');
  });

  it('refuses a missing, doubled or unknown theme with a 400 naming the parameter, never a 500', async () => {
    for (const [url, field] of [
      ['/api/map/coverage', 'query.theme'],
      ['/api/map/coverage?theme=addiction-help&targetGroup=orphans', 'query.targetGroup'],
      ['/api/map/coverage?theme=NOPE', 'query.theme'],
      ['/api/map/coverage?theme=no-such-theme', 'query.theme'],
      ['/api/map/coverage?targetGroup=no-such-group', 'query.targetGroup'],
      ['/api/map/coverage.csv?theme=no-such-theme', 'query.theme'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('changes its answer (and ETag) when the catalogue changes', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/map/coverage?theme=early-intervention' });
    expect(before.json<Coverage>().totals.none).toBe(89);
    await createPractice(t.db, { regionCode: '10', themeCodes: ['early-intervention'] });
    t.app.catalogueCache.expireVersion();
    const after = await t.app.inject({ method: 'GET', url: '/api/map/coverage?theme=early-intervention' });
    expect(after.json<Coverage>().totals).toEqual({ none: 88, published: 1, recommended: 0 });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});
