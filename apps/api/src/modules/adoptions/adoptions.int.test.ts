import type { Adoption, AdoptionDashboard, PracticeAdoptions } from '@registry/contracts/adoptions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

describe('adoption of practices across regions', () => {
  let t: TestApp;
  const who: Record<'c72' | 'c66' | 'c37' | 'moderator' | 'expert' | 'admin', SignedIn> = {} as never;
  const slugs = { p72: '', rec72: '', p66: '', draft72: '', draft66: '' };

  const call = (
    as: SignedIn | null,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: as?.headers ?? {}, ...(payload ? { payload } : {}) });

  const declaration = (practiceSlug: string, extra: object = {}) => ({
    practiceSlug,
    status: 'planning',
    startedOn: '2027-02-01',
    finishedOn: null,
    contact: { name: 'Ирина Петрова', email: 'petrova@example.org', phone: '+7 343 000-00-00' },
    ...extra,
  });

  const declare = async (as: SignedIn, practiceSlug: string, extra: object = {}) => {
    const response = await call(as, 'POST', '/api/adoptions', declaration(practiceSlug, extra));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Adoption>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    slugs.p72 = (await createPractice(t.db, { regionCode: '72' })).slug;
    slugs.rec72 = (await createPractice(t.db, { regionCode: '72' }, { status: 'recommended' })).slug;
    slugs.p66 = (await createPractice(t.db, { regionCode: '66' })).slug;
    slugs.draft72 = (await createPractice(t.db, { regionCode: '72' }, { status: 'draft' })).slug;
    slugs.draft66 = (await createPractice(t.db, { regionCode: '66' }, { status: 'in_review' })).slug;
    for (const [key, spec] of Object.entries({
      c72: { role: 'coordinator', regionCode: '72' },
      c66: { role: 'coordinator', regionCode: '66' },
      c37: { role: 'coordinator', regionCode: '37' },
      moderator: { role: 'moderator' },
      expert: { role: 'expert' },
      admin: { role: 'admin' },
    } as const)) {
      who[key as keyof typeof who] = await signIn(t.app, (await createUser(t.db, spec)).email);
    }
  });
  afterAll(() => t.close());

  it('a coordinator declares an adoption; the practice, the regions and both dashboards show it', async () => {
    const created = await declare(who.c66, slugs.p72);
    expect(created).toMatchObject({
      regionCode: '66',
      status: 'planning',
      startedOn: '2027-02-01',
      revision: 1,
      canEdit: true,
      practice: { slug: slugs.p72, regionCode: '72' },
    });

    const publicList = await call(null, 'GET', `/api/practices/${slugs.p72}/adoptions`);
    expect(publicList.statusCode).toBe(200);
    const list = publicList.json<PracticeAdoptions>();
    expect(list.count).toBe(1);
    expect(list.items[0]).toMatchObject({
      regionCode: '66',
      regionName: 'Свердловская область',
      contact: null,
    });

    // Staff see the contact of the adopting team.
    const staffList = (await call(who.c72, 'GET', `/api/practices/${slugs.p72}/adoptions`)).json();
    expect(staffList.items[0].contact).toMatchObject({ name: 'Ирина Петрова' });

    const region66 = (await call(null, 'GET', '/api/regions/66/adoptions')).json();
    expect(region66.adopted.map((a: Adoption) => a.practice.slug)).toEqual([slugs.p72]);
    const region72 = (await call(null, 'GET', '/api/regions/72/adoptions')).json();
    expect(region72.shared.map((a: Adoption) => a.regionCode)).toEqual(['66']);

    // The practice's own region sees who adopts it, read-only.
    const dashboard72 = (await call(who.c72, 'GET', '/api/adoptions')).json<AdoptionDashboard>();
    expect(dashboard72.adoptedFromUs).toHaveLength(1);
    expect(dashboard72.adoptedFromUs[0]).toMatchObject({ regionCode: '66', canEdit: false });
    const dashboard66 = (await call(who.c66, 'GET', '/api/adoptions')).json<AdoptionDashboard>();
    expect(dashboard66.adopting.map((a) => a.id)).toEqual([created.id]);
  });

  it('recommended practices can be adopted; drafts and the own region’s practices cannot', async () => {
    await declare(who.c37, slugs.rec72);
    const own = await call(who.c72, 'POST', '/api/adoptions', declaration(slugs.p72));
    expect(own.statusCode).toBe(409);
    expect(own.json().type).toBe('/problems/own-region-practice');
    // A hidden practice answers like a missing one…
    const hidden = await call(who.c66, 'POST', '/api/adoptions', declaration(slugs.draft72));
    expect(hidden.statusCode).toBe(404);
    expect((await call(who.c66, 'POST', '/api/adoptions', declaration('no-such-practice'))).statusCode).toBe(
      404,
    );
    // …while a moderator, who may see it, learns why.
    const moderated = await call(who.moderator, 'POST', '/api/adoptions', {
      ...declaration(slugs.draft72),
      regionCode: '37',
    });
    expect(moderated.statusCode).toBe(409);
    expect(moderated.json().type).toBe('/problems/practice-not-adoptable');
    expect((await call(null, 'GET', `/api/practices/${slugs.draft72}/adoptions`)).statusCode).toBe(404);
  });

  it('a second declaration of the same region for the same practice is a 409', async () => {
    await declare(who.c37, slugs.p66);
    const again = await call(who.c37, 'POST', '/api/adoptions', declaration(slugs.p66));
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe('/problems/adoption-exists');
  });

  describe('who may declare', () => {
    it.each([
      ['anonymous', null, {}, 401],
      ['an expert', 'expert', { regionCode: '37' }, 403],
      ['a coordinator for another region', 'c72', { regionCode: '37' }, 403],
    ] as const)('%s → %i', async (_label, key, extra, status) => {
      const response = await call(
        key ? who[key] : null,
        'POST',
        '/api/adoptions',
        declaration(slugs.p66, extra),
      );
      expect(response.statusCode).toBe(status);
    });

    it('moderators and admins declare on behalf of a region, which they must name', async () => {
      const unnamed = await call(who.admin, 'POST', '/api/adoptions', declaration(slugs.p66));
      expect(unnamed.statusCode).toBe(400);
      expect(unnamed.json().errors[0].field).toBe('body.regionCode');
      const adoption = await declare(who.moderator, slugs.p66, { regionCode: '54' });
      expect(adoption).toMatchObject({ regionCode: '54', canEdit: true });
      await declare(who.admin, slugs.p66, { regionCode: '51' });
    });
  });

  describe('editing', () => {
    it('the region edits its adoption with the revision; a stale one is refused', async () => {
      const adoption = await declare(who.c66, slugs.rec72);
      const moved = await call(who.c66, 'PATCH', `/api/adoptions/${adoption.id}`, {
        revision: 1,
        status: 'implemented',
        startedOn: '2025-09-01',
        finishedOn: '2026-06-30',
        results: [{ name: 'Семей получили помощь', unit: 'семей', baseline: 0, achieved: 42, year: 2026 }],
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ status: 'implemented', finishedOn: '2026-06-30', revision: 2 });
      expect(moved.json().results[0].achieved).toBe(42);

      const stale = await call(who.c66, 'PATCH', `/api/adoptions/${adoption.id}`, {
        revision: 1,
        narrative: 'x',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().type).toBe('/problems/stale-revision');
      const staleDelete = await call(who.c66, 'DELETE', `/api/adoptions/${adoption.id}?revision=1`);
      expect(staleDelete.statusCode).toBe(409);
    });

    it('another region, an expert and visitors cannot change it; moderators can', async () => {
      const adoption = await declare(who.c66, (await createPractice(t.db, { regionCode: '14' })).slug);
      const url = `/api/adoptions/${adoption.id}`;
      expect((await call(null, 'PATCH', url, { revision: adoption.revision })).statusCode).toBe(401);
      expect((await call(who.c72, 'PATCH', url, { revision: adoption.revision })).statusCode).toBe(403);
      expect((await call(who.expert, 'PATCH', url, { revision: adoption.revision })).statusCode).toBe(403);
      expect((await call(who.c72, 'DELETE', `${url}?revision=${adoption.revision}`)).statusCode).toBe(403);
      const byModerator = await call(who.moderator, 'PATCH', url, {
        revision: adoption.revision,
        narrative: 'Уточнено',
      });
      expect(byModerator.statusCode).toBe(200);
      expect((await call(who.c66, 'PATCH', '/api/adoptions/999999', { revision: 1 })).statusCode).toBe(404);
    });

    it('the region withdraws its declaration', async () => {
      const adoption = await declare(who.c37, slugs.p72);
      const gone = await call(who.c37, 'DELETE', `/api/adoptions/${adoption.id}?revision=1`);
      expect(gone.statusCode).toBe(204);
      expect((await call(who.c37, 'GET', `/api/adoptions/${adoption.id}`)).statusCode).toBe(404);
    });
  });

  describe('bad input names the field', () => {
    it.each([
      ['an unknown status', { status: 'done' }, 'body.status'],
      ['a malformed date', { startedOn: '01.02.2027' }, 'body.startedOn'],
      ['a finish date while planning', { finishedOn: '2026-01-01' }, 'body.finishedOn'],
      ['work under way without a start', { status: 'in_progress', startedOn: null }, 'body.startedOn'],
      [
        'a finish before the start',
        { status: 'stopped', startedOn: '2026-05-01', finishedOn: '2026-04-01' },
        'body.finishedOn',
      ],
      ['a contact without a name', { contact: { name: '', email: '', phone: '' } }, 'body.contact.name'],
      ['a wrong e-mail', { contact: { name: 'Ирина', email: 'nope', phone: '' } }, 'body.contact.email'],
      ['a bad slug', { practiceSlug: 'Not A Slug' }, 'body.practiceSlug'],
      [
        'a result without a name',
        { results: [{ name: '', unit: '', baseline: null, achieved: 5, year: 2026 }] },
        'body.results.0.name',
      ],
      [
        'a result that is not a number',
        { results: [{ name: 'Семей', unit: '', baseline: null, achieved: 'много', year: null }] },
        'body.results.0.achieved',
      ],
    ])('%s', async (_label, extra, field) => {
      const response = await call(who.c37, 'POST', '/api/adoptions', declaration(slugs.p66, extra));
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('a bad id, region or revision', async () => {
      expect((await call(who.c66, 'GET', '/api/adoptions/abc')).statusCode).toBe(400);
      expect((await call(null, 'GET', '/api/regions/7x/adoptions')).statusCode).toBe(400);
      expect((await call(null, 'GET', '/api/regions/00/adoptions')).statusCode).toBe(404);
      const missingRevision = await call(who.c66, 'DELETE', '/api/adoptions/1');
      expect(missingRevision.statusCode).toBe(400);
      expect(missingRevision.json().errors[0].field).toBe('query.revision');
    });
  });

  describe('the dashboard', () => {
    it('anonymous 401, experts 403, a coordinator only their own region', async () => {
      expect((await call(null, 'GET', '/api/adoptions')).statusCode).toBe(401);
      expect((await call(who.expert, 'GET', '/api/adoptions')).statusCode).toBe(403);
      expect((await call(who.c66, 'GET', '/api/adoptions?region=72')).statusCode).toBe(403);
      const all = (await call(who.moderator, 'GET', '/api/adoptions')).json<AdoptionDashboard>();
      expect(all.regionCode).toBeNull();
      expect(all.adopting.length).toBeGreaterThan(3);
      const of72 = (await call(who.admin, 'GET', '/api/adoptions?region=72')).json<AdoptionDashboard>();
      expect(of72.adoptedFromUs.every((a) => a.practice.regionCode === '72')).toBe(true);
    });
  });
});
