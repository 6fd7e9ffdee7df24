import type { Region, RegionList } from '@registry/contracts/regions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';

describe('GET /api/regions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists all 89 federal subjects in 8 districts, ordered by district then name', async () => {
    const response = await t.app.inject('/api/regions');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<RegionList>();
    expect(items).toHaveLength(89);
    expect(new Set(items.map((r) => r.code)).size).toBe(89);
    expect(new Set(items.map((r) => r.district.code)).size).toBe(8);
    expect(items[0]?.district.code).toBe('central');
    expect(items[0]?.nameRu).toBe('Белгородская область');
    expect(items.at(-1)?.district.code).toBe('far-east');
  });

  it('filters by federal district', async () => {
    const response = await t.app.inject('/api/regions?district=ural');
    const { items } = response.json<RegionList>();
    expect(items.map((r) => r.code).sort()).toEqual(['45', '66', '72', '74', '86', '89']);
  });

  it('answers an unknown district with a 400 problem naming the parameter', async () => {
    const response = await t.app.inject('/api/regions?district=atlantis');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors).toEqual([{ field: 'query.district', message: expect.any(String) }]);
  });

  it('answers a malformed district code with a 400 problem', async () => {
    const response = await t.app.inject('/api/regions?district=%3Cscript%3E');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('query.district');
  });
});

describe('GET /api/regions/:code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['72', 'Тюменская область', 'ural'],
    ['66', 'Свердловская область', 'ural'],
    ['37', 'Ивановская область', 'central'],
    ['77', 'Москва', 'central'],
  ])('returns region %s (%s) with its district', async (code, nameRu, district) => {
    const response = await t.app.inject(`/api/regions/${code}`);
    expect(response.statusCode).toBe(200);
    const region = response.json<Region>();
    expect(region).toMatchObject({ code, nameRu, district: { code: district } });
    expect(region.nameEn).toBeTruthy();
  });

  it('answers an unknown code with a 404 problem', async () => {
    const response = await t.app.inject('/api/regions/99');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, type: '/problems/region-not-found' });
  });

  it.each(['7', '720', 'ab', '7x'])(
    'answers malformed code %s with a 400 problem naming params.code',
    async (code) => {
      const response = await t.app.inject(`/api/regions/${code}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        type: '/problems/validation-error',
        errors: [{ field: 'params.code', message: expect.any(String) }],
      });
    },
  );
});
