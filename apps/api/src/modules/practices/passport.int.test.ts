import type { PracticePassport, SimilarPractices } from '@registry/contracts/practices';
import type { EvidenceLevelList, ReferenceList } from '@registry/contracts/reference';
import type { Region } from '@registry/contracts/regions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('practice passport, similar practices and reference counts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await createPractice(t.db, {
      slug: 'full-passport',
      title: 'Школа замещающих родителей',
      themeCodes: ['foster-families', 'psychological-help'],
      targetGroupCodes: ['foster-families', 'orphans'],
      indicators: [
        { name: 'Подготовлено кандидатов', unit: 'чел.', baseline: 120, achieved: 310.5, year: 2023 },
        { name: 'Доля устроенных детей', unit: '%', baseline: null, achieved: 92.5, year: null },
      ],
      evidenceLevel: 'supported',
      startYear: 2009,
      endYear: null,
      support: { methodicalMaterials: true, training: true, internship: true },
    });
    await createPractice(t.db, {
      slug: 'sibling-one',
      themeCodes: ['foster-families'],
      targetGroupCodes: ['orphans'],
    });
    await createPractice(t.db, {
      slug: 'sibling-two',
      themeCodes: ['family-values'],
      targetGroupCodes: ['teenagers'],
    });
    await createPractice(
      t.db,
      { slug: 'secret-draft', themeCodes: ['foster-families'] },
      { status: 'draft' },
    );
    await createPractice(
      t.db,
      { slug: 'in-review', themeCodes: ['foster-families'] },
      { status: 'in_review' },
    );
  });
  afterAll(() => t.close());

  it('returns the whole passport', async () => {
    const response = await t.app.inject('/api/practices/full-passport');
    expect(response.statusCode).toBe(200);
    const passport = response.json<PracticePassport>();
    expect(passport).toMatchObject({
      slug: 'full-passport',
      title: 'Школа замещающих родителей',
      region: { code: '72', nameRu: 'Тюменская область', district: { code: 'ural', shortRu: 'УФО' } },
      evidenceLevel: { code: 'supported', nameRu: 'Обоснованная' },
      period: { startYear: 2009, endYear: null },
      support: { methodicalMaterials: true, training: true, internship: true },
      organisation: { name: 'Центр помощи семье', type: 'state' },
      status: 'published',
      isDemo: false,
    });
    expect(passport.evidenceLevel.descriptionRu.length).toBeGreaterThan(20);
    expect(passport.indicators).toEqual([
      { name: 'Подготовлено кандидатов', unit: 'чел.', baseline: 120, achieved: 310.5, year: 2023 },
      { name: 'Доля устроенных детей', unit: '%', baseline: null, achieved: 92.5, year: null },
    ]);
    expect(passport.themes.map((x) => x.code)).toEqual(['foster-families', 'psychological-help']);
    expect(passport.targetGroups.map((x) => x.code)).toEqual(['orphans', 'foster-families']);
    expect(passport.contacts[0]?.email).toBe('info@example.org');
  });

  it.each(['secret-draft', 'in-review', 'no-such-practice'])(
    'answers %s with the same 404 problem',
    async (slug) => {
      const response = await t.app.inject(`/api/practices/${slug}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ type: '/problems/practice-not-found', status: 404 });
      const similar = await t.app.inject(`/api/practices/${slug}/similar`);
      expect(similar.statusCode).toBe(404);
    },
  );

  it('refuses a malformed slug with a 400 problem', async () => {
    const response = await t.app.inject('/api/practices/Bad%20Slug!');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('params.slug');
  });

  it('suggests public practices sharing themes and groups, most in common first', async () => {
    const { items } = (await t.app.inject('/api/practices/full-passport/similar')).json<SimilarPractices>();
    expect(items.map((item) => item.slug)).toEqual(['sibling-one']);
  });

  it('counts public practices per theme, target group, evidence level and region', async () => {
    const themes = (await t.app.inject('/api/themes')).json<ReferenceList>();
    expect(themes.items).toHaveLength(12);
    expect(themes.items.find((x) => x.code === 'foster-families')?.practiceCount).toBe(2);
    const groups = (await t.app.inject('/api/target-groups')).json<ReferenceList>();
    expect(groups.items.find((x) => x.code === 'orphans')?.practiceCount).toBe(2);
    const levels = (await t.app.inject('/api/evidence-levels')).json<EvidenceLevelList>();
    expect(levels.items.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    expect(levels.items.find((x) => x.code === 'supported')?.practiceCount).toBe(1);
    const region = (await t.app.inject('/api/regions/72')).json<Region>();
    expect(region.practiceCount).toBe(3);
    const theme = await t.app.inject('/api/themes/foster-families');
    expect(theme.json()).toMatchObject({ code: 'foster-families', practiceCount: 2 });
    expect((await t.app.inject('/api/themes/unknown-theme')).statusCode).toBe(404);
  });
});
