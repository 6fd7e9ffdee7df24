import type { GlossaryEntry, GlossaryList } from '@registry/contracts/glossary';
import type { PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

describe('/api/glossary: the search glossary', () => {
  let t: TestApp;
  const as: Record<'moderator' | 'admin' | 'coordinator' | 'expert', SignedIn> = {} as never;
  const call = (who: SignedIn | null, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: who?.headers ?? {} });
  const entries = async () => (await t.app.inject('/api/glossary')).json<GlossaryList>().items;
  const search = async (q: string) =>
    (await t.app.inject(`/api/practices?q=${encodeURIComponent(q)}`)).json<PracticeList>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ['moderator', 'admin', 'coordinator', 'expert'] as const) {
      const user = await createUser(t.db, { role });
      as[role] = await signIn(t.app, user.email);
    }
    await createPractice(t.db, {
      slug: 'ppms-centre',
      title: 'Служба ранней помощи при центре психолого-медико-социального сопровождения',
    });
  });
  afterAll(() => t.close());

  it('is seeded with the field’s abbreviations and readable by anyone', async () => {
    const terms = (await entries()).map((e) => e.term);
    for (const term of [
      'СОНКО',
      'КДН',
      'ОВЗ',
      'РАС',
      'ПАВ',
      'ТЖС',
      'СОП',
      'КЦСОН',
      'СРЦН',
      'ЦССВ',
      'ППМС',
      'МФЦ',
      'ДОУ',
    ])
      expect(terms).toContain(term);
  });

  const body = {
    term: 'ЦПМСС',
    expansions: ['центр психолого-медико-социального сопровождения'],
    synonyms: [],
  };

  it.each([
    ['anonymous', null, 401],
    ['coordinator', 'coordinator', 403],
    ['expert', 'expert', 403],
  ] as const)('refuses %s to add, change or remove an entry, and changes nothing', async (_, who, status) => {
    const signed = who ? as[who] : null;
    const before = await entries();
    const id = before[0]?.id as number;
    expect((await call(signed, 'POST', '/api/glossary', body)).statusCode).toBe(status);
    expect((await call(signed, 'PUT', `/api/glossary/${id}`, body)).statusCode).toBe(status);
    const removal = await call(signed, 'DELETE', `/api/glossary/${id}`);
    expect(removal.statusCode).toBe(status);
    expect(removal.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await entries()).toEqual(before);
  });

  it('lets a moderator add an entry that the search uses at once', async () => {
    expect((await search('ЦПМСС')).total).toBe(0);
    const response = await call(as.moderator, 'POST', '/api/glossary', body);
    expect(response.statusCode, response.body).toBe(201);
    const { items, search: info } = await search('ЦПМСС');
    expect(items.map((i) => i.slug)).toEqual(['ppms-centre']);
    expect(info.expandedWith).toEqual([{ typed: 'ЦПМСС', forms: body.expansions }]);
  });

  it('lets an admin change and remove an entry', async () => {
    const entry = (await entries()).find((e) => e.term === 'ЦПМСС') as GlossaryEntry;
    const changed = await call(as.admin, 'PUT', `/api/glossary/${entry.id}`, {
      ...body,
      synonyms: ['psycho-medical-social centre'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().synonyms).toEqual(['psycho-medical-social centre']);
    expect((await search('ЦПМСС')).search.expandedWith[0]?.forms).toContain('psycho-medical-social centre');
    expect((await call(as.admin, 'DELETE', `/api/glossary/${entry.id}`)).statusCode).toBe(204);
    expect((await search('ЦПМСС')).total).toBe(0);
    expect((await call(as.admin, 'DELETE', `/api/glossary/${entry.id}`)).statusCode).toBe(404);
  });

  it('refuses a form that already belongs to another entry with a 409 naming the field', async () => {
    const response = await call(as.moderator, 'POST', '/api/glossary', {
      term: 'НКО-2',
      expansions: [],
      synonyms: ['некоммерческая организация'],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([
      { field: 'body.synonyms.0', message: '«некоммерческая организация» уже есть в записи «СОНКО»' },
    ]);
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const before = await entries();
    const cases: [object, string][] = [
      [{ term: '', expansions: [], synonyms: [] }, 'body.term'],
      [{ term: 'а', expansions: [], synonyms: [] }, 'body.term'],
      [{ term: 'ТЕРМИН', expansions: ['x'.repeat(201)], synonyms: [] }, 'body.expansions.0'],
      [{ term: 'ТЕРМИН', expansions: [], synonyms: ['раз', 'Раз'] }, 'body.synonyms'],
    ];
    for (const [payload, field] of cases) {
      const response = await call(as.moderator, 'POST', '/api/glossary', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await call(as.moderator, 'PUT', '/api/glossary/abc', body)).json().errors[0].field).toBe(
      'params.id',
    );
    expect(await entries()).toEqual(before);
  });
});

describe('glossary changes and the catalogue version', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a change written straight to the table bumps the catalogue version (other processes re-read it)', async () => {
    const version = async () =>
      (await t.db.pool.query("SELECT value FROM app_settings WHERE key = 'catalogue_version'")).rows[0].value;
    const before = Number(await version());
    await t.db.pool.query("UPDATE glossary_entries SET synonyms = synonyms || '{NPO}' WHERE term = 'СОНКО'");
    expect(Number(await version())).toBeGreaterThan(before);
  });
});
