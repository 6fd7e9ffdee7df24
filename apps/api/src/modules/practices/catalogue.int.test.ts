import { gunzipSync } from 'node:zlib';
import type { PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

const facet = (
  list: PracticeList,
  name: 'theme' | 'region' | 'district' | 'evidence' | 'targetGroup',
  value: string,
) => list.facets[name].find((f) => f.value === value)?.count;

describe('GET /api/practices: filters and facets', () => {
  let t: TestApp;
  const get = async (query: string) => {
    const response = await t.app.inject(`/api/practices?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PracticeList>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    // A: safety in Тюмень; B: foster families in Тюмень; C: safety in Свердловская; D: a draft.
    await createPractice(t.db, {
      slug: 'a-safety-tyumen',
      themeCodes: ['child-safety'],
      regionCode: '72',
      evidenceLevel: 'supported',
      startYear: 2018,
    });
    await createPractice(t.db, {
      slug: 'b-foster-tyumen',
      themeCodes: ['foster-families'],
      regionCode: '72',
      startYear: 2021,
      support: { methodicalMaterials: true, training: true, internship: true },
    });
    await createPractice(
      t.db,
      {
        slug: 'c-safety-sverdlovsk',
        themeCodes: ['child-safety', 'interagency'],
        regionCode: '66',
        startYear: 2022,
      },
      { status: 'recommended' },
    );
    await createPractice(
      t.db,
      { slug: 'd-draft', themeCodes: ['child-safety'], regionCode: '37' },
      { status: 'draft' },
    );
  });
  afterAll(() => t.close());

  it('shows visitors only published and recommended practices', async () => {
    const list = await get('');
    expect(list.total).toBe(3);
    expect(list.items.map((item) => item.slug).sort()).toEqual([
      'a-safety-tyumen',
      'b-foster-tyumen',
      'c-safety-sverdlovsk',
    ]);
    expect(facet(list, 'region', '37')).toBe(0);
  });

  it('combines values of one filter with OR and different filters with AND', async () => {
    expect((await get('theme=child-safety&theme=foster-families')).total).toBe(3);
    expect((await get('theme=child-safety&region=72')).items.map((i) => i.slug)).toEqual(['a-safety-tyumen']);
    expect((await get('district=ural&evidence=supported')).total).toBe(1);
    expect((await get('status=recommended')).items.map((i) => i.slug)).toEqual(['c-safety-sverdlovsk']);
    expect((await get('internship=true')).items.map((i) => i.slug)).toEqual(['b-foster-tyumen']);
    expect((await get('yearFrom=2019&yearTo=2021')).items.map((i) => i.slug)).toEqual(['b-foster-tyumen']);
  });

  it('counts each facet with all the other filters applied', async () => {
    const list = await get('theme=child-safety&region=72');
    expect(list.total).toBe(1);
    // Themes: counted within region 72 (the theme filter itself is ignored).
    expect(facet(list, 'theme', 'child-safety')).toBe(1);
    expect(facet(list, 'theme', 'foster-families')).toBe(1);
    expect(facet(list, 'theme', 'interagency')).toBe(0);
    // Regions and districts: counted within the theme (the location filter is ignored).
    expect(facet(list, 'region', '72')).toBe(1);
    expect(facet(list, 'region', '66')).toBe(1);
    expect(facet(list, 'district', 'ural')).toBe(2);
    // Other dimensions: both filters apply.
    expect(facet(list, 'evidence', 'supported')).toBe(1);
    expect(list.facets.theme.find((f) => f.value === 'child-safety')?.label).toBe(
      'Безопасность детей и профилактика потерь детского населения',
    );
  });

  it('lists every theme, district and region in the facets, with zero counts', async () => {
    const list = await get('');
    expect(list.facets.theme).toHaveLength(12);
    expect(list.facets.district).toHaveLength(8);
    expect(list.facets.region).toHaveLength(89);
    expect(list.facets.status.map((f) => f.value)).toEqual(['published', 'recommended']);
    expect((await get('region=37')).facets.status).toEqual([
      { value: 'published', label: null, count: 0 },
      { value: 'recommended', label: null, count: 0 },
    ]);
  });

  it('returns cards with region, themes and evidence, and no internal fields', async () => {
    const list = await get('theme=interagency');
    expect(list.items[0]).toMatchObject({
      slug: 'c-safety-sverdlovsk',
      region: { code: '66', nameRu: 'Свердловская область', districtShortRu: 'УФО' },
      status: 'recommended',
      snippet: null,
    });
    expect(list.items[0]?.themes.map((theme) => theme.code)).toEqual(['child-safety', 'interagency']);
    expect(JSON.stringify(list)).not.toMatch(/search_vector|"id":/);
  });

  it('shows a new practice at once (the catalogue version changes)', async () => {
    const before = (await get('region=37')).total;
    await createPractice(t.db, { regionCode: '37' });
    expect((await get('region=37')).total).toBe(before + 1);
  });

  it('sends the same answer gzipped to clients that accept it', async () => {
    const plain = await t.app.inject('/api/practices?theme=child-safety');
    const zipped = await t.app.inject({
      url: '/api/practices?theme=child-safety',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
  });
});
