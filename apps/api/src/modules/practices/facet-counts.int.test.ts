// The catalogue index must give exactly what the database holds: totals, every facet (each
// dimension counted with all the *other* active filters applied) and the pages, for random
// combinations of filters, and again after practices change (the index is patched from the
// change log, not rebuilt). The expected figures come from a plain, independent computation over
// rows read straight from the tables.
import type { Facets, PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

interface Truth {
  id: number;
  slug: string;
  status: string;
  region: string;
  district: string;
  evidence: string;
  year: number;
  internship: boolean;
  themes: string[];
  groups: string[];
}

type Filters = Partial<
  Record<'theme' | 'targetGroup' | 'region' | 'district' | 'evidence' | 'status', string[]>
> & {
  yearFrom?: number;
  yearTo?: number;
  internship?: boolean;
};

const THEMES = ['family-values', 'foster-families', 'child-safety', 'orphanhood-prevention'];
const GROUPS = ['families-with-children', 'orphans', 'foster-families'];
const REGIONS = ['72', '59', '66', '77', '86'];
const EVIDENCE = ['promising', 'supported'];

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) & 0x7fffffff;
    return a / 0x7fffffff;
  };
}

describe('catalogue index counts exactly what the database holds', () => {
  let t: TestApp;
  const rnd = rng(7);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: T[]) => list.filter(() => rnd() < 0.4);

  async function truth(): Promise<Truth[]> {
    const { rows } = await t.db.pool.query<Truth>(
      `SELECT p.id, p.slug, p.status::text AS status, p.region_code AS region, r.district_code::text AS district,
              p.evidence_level_code AS evidence, p.start_year AS year, p.can_host_internship AS internship,
              coalesce((SELECT array_agg(theme_code::text) FROM practice_themes WHERE practice_id = p.id), '{}') AS themes,
              coalesce((SELECT array_agg(target_group_code::text) FROM practice_target_groups WHERE practice_id = p.id), '{}') AS groups
         FROM practices p JOIN regions r ON r.code = p.region_code
        WHERE p.status IN ('published', 'recommended')`,
    );
    return rows;
  }

  const matches = (p: Truth, f: Filters, skip: string | null) =>
    (skip === 'status' || !f.status?.length || f.status.includes(p.status)) &&
    (skip === 'location' ||
      (!f.region?.length && !f.district?.length) ||
      !!f.region?.includes(p.region) ||
      !!f.district?.includes(p.district)) &&
    (skip === 'theme' || !f.theme?.length || p.themes.some((c) => f.theme?.includes(c))) &&
    (skip === 'targetGroup' || !f.targetGroup?.length || p.groups.some((c) => f.targetGroup?.includes(c))) &&
    (skip === 'evidence' || !f.evidence?.length || f.evidence.includes(p.evidence)) &&
    (skip === 'year' || ((f.yearFrom ?? 0) <= p.year && p.year <= (f.yearTo ?? 9999))) &&
    (skip === 'internship' || !f.internship || p.internship);

  const count = (all: Truth[], f: Filters, skip: string | null, also: (p: Truth) => boolean) =>
    all.filter((p) => matches(p, f, skip) && also(p)).length;

  function query(f: Filters, extra = ''): string {
    const params = new URLSearchParams();
    for (const key of ['theme', 'targetGroup', 'region', 'district', 'evidence', 'status'] as const)
      for (const value of f[key] ?? []) params.append(key, value);
    if (f.yearFrom) params.set('yearFrom', String(f.yearFrom));
    if (f.yearTo) params.set('yearTo', String(f.yearTo));
    if (f.internship) params.set('internship', 'true');
    return `/api/practices?${params}${extra}`;
  }

  function randomFilters(): Filters {
    const f: Filters = {};
    if (rnd() < 0.4) f.theme = some(THEMES);
    if (rnd() < 0.3) f.targetGroup = some(GROUPS);
    if (rnd() < 0.3) f.region = some(REGIONS);
    if (rnd() < 0.2) f.district = [pick(['ural', 'volga', 'central'])];
    if (rnd() < 0.3) f.evidence = [pick(EVIDENCE)];
    if (rnd() < 0.2) f.status = [pick(['published', 'recommended'])];
    if (rnd() < 0.3) f.yearFrom = 2012 + Math.floor(rnd() * 8);
    if (rnd() < 0.3) f.yearTo = 2018 + Math.floor(rnd() * 8);
    if (rnd() < 0.2) f.internship = true;
    return f;
  }

  async function expectExact(f: Filters) {
    const all = await truth();
    const response = await t.app.inject(query(f, '&limit=100'));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<PracticeList>();
    const label = JSON.stringify(f);
    expect(body.total, label).toBe(count(all, f, null, () => true));
    const facet = (name: keyof Omit<Facets, 'internship'>, value: string) =>
      body.facets[name].find((row) => row.value === value)?.count ?? 0;
    for (const code of THEMES)
      expect(facet('theme', code), `${label} theme ${code}`).toBe(
        count(all, f, 'theme', (p) => p.themes.includes(code)),
      );
    for (const code of GROUPS)
      expect(facet('targetGroup', code), `${label} group ${code}`).toBe(
        count(all, f, 'targetGroup', (p) => p.groups.includes(code)),
      );
    for (const code of EVIDENCE)
      expect(facet('evidence', code), `${label} evidence ${code}`).toBe(
        count(all, f, 'evidence', (p) => p.evidence === code),
      );
    for (const code of ['published', 'recommended'])
      expect(facet('status', code), `${label} status ${code}`).toBe(
        count(all, f, 'status', (p) => p.status === code),
      );
    for (const code of ['ural', 'volga', 'central'])
      expect(facet('district', code), `${label} district ${code}`).toBe(
        count(all, f, 'location', (p) => p.district === code),
      );
    if (!f.district?.length) {
      for (const code of REGIONS)
        expect(facet('region', code), `${label} region ${code}`).toBe(
          count(all, f, 'location', (p) => p.region === code),
        );
    }
    for (const row of body.facets.year)
      expect(row.count, `${label} year ${row.value}`).toBe(
        count(all, f, 'year', (p) => String(p.year) === row.value),
      );
    expect(body.facets.internship, `${label} internship`).toBe(
      count(all, f, 'internship', (p) => p.internship),
    );
    const slugs = all
      .filter((p) => matches(p, f, null))
      .map((p) => p.slug)
      .sort();
    expect(body.items.map((item) => item.slug).sort(), label).toEqual(slugs);
  }

  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < 60; i++) {
      await createPractice(
        t.db,
        {
          themeCodes: [pick(THEMES), ...some(THEMES)].filter((c, j, a) => a.indexOf(c) === j),
          targetGroupCodes: [pick(GROUPS)],
          regionCode: pick(REGIONS),
          evidenceLevel: pick(EVIDENCE),
          startYear: 2010 + Math.floor(rnd() * 16),
          support: { methodicalMaterials: true, training: false, internship: rnd() < 0.3 },
        },
        { status: pick(['published', 'published', 'recommended', 'draft', 'archived']) },
      );
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('for 40 random combinations of filters', async () => {
    for (let i = 0; i < 40; i++) await expectExact(randomFilters());
  });

  it('after practices change, appear and leave the catalogue', async () => {
    await expectExact({});
    const all = await truth();
    const [first, second, third] = all;
    await t.db.pool.query("UPDATE practices SET status = 'archived' WHERE id = $1", [first?.id]);
    await t.db.pool.query('DELETE FROM practice_themes WHERE practice_id = $1', [second?.id]);
    await t.db.pool.query("INSERT INTO practice_themes VALUES ($1, 'child-safety')", [second?.id]);
    await t.db.pool.query("UPDATE practices SET region_code = '59', start_year = 2011 WHERE id = $1", [
      third?.id,
    ]);
    await t.db.pool.query("UPDATE practices SET status = 'published' WHERE status = 'draft'");
    await createPractice(t.db, { themeCodes: ['child-safety'], regionCode: '86', startYear: 2024 });
    for (let i = 0; i < 15; i++) await expectExact(randomFilters());
    await expectExact({ theme: ['child-safety'] });
    await expectExact({ region: ['59'], yearTo: 2011 });
  });

  it('finds by text exactly what the practices table matches, after changes too', async () => {
    const expectSearch = async (q: string, filters = '') => {
      const { rows } = await t.db.pool.query<{ slug: string }>(
        `SELECT slug FROM practices p
          WHERE p.status IN ('published', 'recommended')
            AND p.search_vector @@ websearch_to_tsquery('russian', $1)`,
        [q],
      );
      const response = await t.app.inject(
        `/api/practices?q=${encodeURIComponent(`${q} `)}&limit=100${filters}`,
      );
      const body = response.json<PracticeList>();
      const expected = rows.map((row) => row.slug);
      if (!filters) expect(body.total, q).toBe(expected.length);
      for (const item of body.items) expect(expected, q).toContain(item.slug);
      return body;
    };
    await t.db.pool.query(
      "UPDATE practices SET title = 'Клуб медиации для подростков' WHERE id = (SELECT min(id) FROM practices WHERE status = 'published')",
    );
    expect((await expectSearch('медиации подростков')).total).toBe(1);
    await t.db.pool.query(
      "UPDATE practices SET status = 'archived' WHERE title = 'Клуб медиации для подростков'",
    );
    expect((await expectSearch('медиации подростков')).total).toBe(0);
    await expectSearch('практика');
    await expectSearch('практика -номер');
    await expectSearch('"тестовая практика"');
    await expectSearch('практика', '&theme=child-safety&sort=title');
  });

  it('pages through every result exactly once in every order', async () => {
    const all = await truth();
    for (const sort of ['newest', 'title', 'evidence']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response: { json<T>(): T } = await t.app.inject(
          `/api/practices?sort=${sort}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        const body: PracticeList = response.json<PracticeList>();
        seen.push(...body.items.map((item) => item.slug));
        cursor = body.nextCursor;
      } while (cursor);
      expect(seen.length, sort).toBe(all.length);
      expect(new Set(seen).size, sort).toBe(all.length);
    }
  });

  it('with a district ticked, a region outside it counts what ticking it would give (the union)', async () => {
    const all = await truth();
    const response = await t.app.inject('/api/practices?district=ural');
    const body = response.json<PracticeList>();
    const ural = all.filter((p) => p.district === 'ural').length;
    const perm = all.filter((p) => p.region === '59').length;
    expect(body.total).toBe(ural);
    expect(body.facets.region.find((r) => r.value === '59')?.count).toBe(ural + perm);
    // Tyumen is inside the Urals: already included, it counts its own share.
    expect(body.facets.region.find((r) => r.value === '72')?.count).toBe(
      all.filter((p) => p.region === '72').length,
    );
  });
});
