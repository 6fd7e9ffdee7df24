// Readable page addresses: a new practice's slug follows its title (transliterated, unique) until
// it is set by hand or published; the page address is validated and 409 when taken; a renamed
// public practice's old address answers 301, on the API and on the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManagedPractice } from '@registry/contracts/submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice, passport } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

describe('readable page addresses', () => {
  let t: TestApp;
  let web: string;
  let coordinator: SignedIn;
  let moderator: SignedIn;

  const call = (
    who: SignedIn | null,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
  const { regionCode: _r, slug: _s, title: _t, ...rest } = passport();

  const draft = async (title: string) => {
    const created = await call(coordinator, 'POST', '/api/submissions', { passport: {} });
    const saved = await call(coordinator, 'PATCH', `/api/submissions/${created.json().id}`, {
      revision: 1,
      passport: { ...rest, title },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    return saved.json<ManagedPractice>();
  };
  const move = async (who: SignedIn, practice: ManagedPractice, action: string) => {
    const moved = await call(who, 'POST', `/api/submissions/${practice.id}/transitions`, {
      action,
      revision: practice.revision,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    return moved.json<ManagedPractice>();
  };
  const setSlug = (who: SignedIn, practice: ManagedPractice, slug: string) =>
    call(who, 'PUT', `/api/submissions/${practice.id}/slug`, { revision: practice.revision, slug });

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'registry-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Реестр</title>');
    t = await createTestApp({ webDistDir: web });
    coordinator = await signIn(
      t.app,
      (await createUser(t.db, { role: 'coordinator', regionCode: '72' })).email,
    );
    moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('a new draft has a placeholder; its slug then follows the title, unique', async () => {
    const created = await call(coordinator, 'POST', '/api/submissions', { passport: {} });
    expect(created.json()).toMatchObject({ slugAuto: true, canEditSlug: true });
    expect(created.json().passport.slug).toMatch(/^draft-[0-9a-f]{8}$/);
    const first = await draft('Школа ответственного родительства');
    expect(first.passport.slug).toBe('shkola-otvetstvennogo-roditelstva');
    const second = await draft('Школа ответственного родительства');
    expect(second.passport.slug).toBe('shkola-otvetstvennogo-roditelstva-2');
    const renamed = await call(coordinator, 'PATCH', `/api/submissions/${second.id}`, {
      revision: second.revision,
      passport: { title: 'Семейный клуб «Вместе»' },
    });
    expect(renamed.json().passport.slug).toBe('semeyniy-klub-vmeste');
  });

  it('publishing fixes the address; later title edits keep it', async () => {
    const practice = await draft('Мобильная служба помощи семьям');
    const published = await move(moderator, await move(coordinator, practice, 'submit'), 'publish');
    expect(published).toMatchObject({
      slugAuto: false,
      passport: { slug: 'mobilnaya-sluzhba-pomoschi-semyam' },
    });
    const edited = await call(coordinator, 'PATCH', `/api/submissions/${published.id}`, {
      revision: published.revision,
      passport: { title: 'Мобильная служба помощи семьям района' },
    });
    expect(edited.json().passport.slug).toBe('mobilnaya-sluzhba-pomoschi-semyam');
    expect((await call(null, 'GET', '/api/practices/mobilnaya-sluzhba-pomoschi-semyam')).statusCode).toBe(
      200,
    );
  });

  it('a slug set by hand no longer follows the title; a slug in a passport save is refused', async () => {
    const practice = await draft('Наставники для выпускников');
    const set = await setSlug(coordinator, practice, 'nastavniki-72');
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ slugAuto: false, passport: { slug: 'nastavniki-72' } });
    const renamed = await call(coordinator, 'PATCH', `/api/submissions/${practice.id}`, {
      revision: set.json().revision,
      passport: { title: 'Наставники для выпускников детских домов' },
    });
    expect(renamed.json().passport.slug).toBe('nastavniki-72');
    const sneaky = await call(coordinator, 'PATCH', `/api/submissions/${practice.id}`, {
      revision: renamed.json().revision,
      passport: { slug: 'drugoi-adres' },
    });
    expect(sneaky.statusCode).toBe(400);
    expect(sneaky.json().errors[0].field).toBe('body.passport.slug');
    const history = (await call(coordinator, 'GET', `/api/submissions/${practice.id}/history`)).json().items;
    expect(history).toContainEqual(
      expect.objectContaining({ action: 'change_slug', comment: expect.stringContaining('→ nastavniki-72') }),
    );
  });

  it.each([
    ['Shkola', 'строчные латинские'],
    ['шкoла', 'строчные латинские'],
    ['ab', 'не короче 3'],
    ['a--b', 'строчные латинские'],
    ['-abc', 'строчные латинские'],
    ['a'.repeat(121), 'не длиннее 120'],
  ])('an invalid address %s is refused with 400 naming the field in Russian', async (slug, message) => {
    const practice = await draft('Проверка адреса страницы');
    const response = await setSlug(coordinator, practice, slug);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([
      { field: 'body.slug', message: expect.stringContaining(message) },
    ]);
    expect((await call(coordinator, 'GET', `/api/submissions/${practice.id}`)).json().revision).toBe(
      practice.revision,
    );
  });

  it('a taken address — current or former — is refused with 409', async () => {
    await createPractice(t.db, { slug: 'zanyatyi-adres' });
    const practice = await draft('Практика с занятым адресом');
    const taken = await setSlug(coordinator, practice, 'zanyatyi-adres');
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ type: '/problems/slug-taken', errors: [{ field: 'body.slug' }] });

    const renamed = await move(
      moderator,
      await move(coordinator, await draft('Переименованная практика'), 'submit'),
      'publish',
    );
    const moved = await setSlug(moderator, renamed, 'pereimenovannaya-novaya');
    expect(moved.statusCode, moved.body).toBe(200);
    const former = await setSlug(coordinator, practice, 'pereimenovannaya-praktika');
    expect(former.statusCode).toBe(409);
    expect((await call(coordinator, 'GET', `/api/submissions/${practice.id}`)).json().passport.slug).not.toBe(
      'pereimenovannaya-praktika',
    );
  });

  it('a renamed public practice: the old address answers 301 on the API and the page', async () => {
    const practice = await move(
      moderator,
      await move(coordinator, await draft('Семейная гостиная'), 'submit'),
      'publish',
    );
    expect(practice.passport.slug).toBe('semeynaya-gostinaya');
    const renamed = await setSlug(moderator, practice, 'semeynaya-gostinaya-tyumen');
    expect(renamed.statusCode, renamed.body).toBe(200);

    const api = await call(null, 'GET', '/api/practices/semeynaya-gostinaya');
    expect(api.statusCode).toBe(301);
    expect(api.headers.location).toBe('/api/practices/semeynaya-gostinaya-tyumen');
    const current = await call(null, 'GET', '/api/practices/semeynaya-gostinaya-tyumen');
    expect(current.json()).toMatchObject({ slug: 'semeynaya-gostinaya-tyumen', title: 'Семейная гостиная' });

    const page = await call(null, 'GET', '/practices/semeynaya-gostinaya?from=mail');
    expect(page.statusCode).toBe(301);
    expect(page.headers.location).toBe('/practices/semeynaya-gostinaya-tyumen?from=mail');
    const currentPage = await call(null, 'GET', '/practices/semeynaya-gostinaya-tyumen');
    expect([currentPage.statusCode, currentPage.headers['content-type']]).toEqual([
      200,
      expect.stringContaining('text/html'),
    ]);
    expect((await call(null, 'GET', '/practices/no-such-practice')).statusCode).toBe(200);
    expect((await call(null, 'GET', '/api/practices/no-such-practice')).statusCode).toBe(404);

    // Taking the old address back makes it current again: no redirect loop.
    const back = await setSlug(moderator, renamed.json(), 'semeynaya-gostinaya');
    expect(back.statusCode, back.body).toBe(200);
    expect((await call(null, 'GET', '/api/practices/semeynaya-gostinaya')).statusCode).toBe(200);
    expect((await call(null, 'GET', '/api/practices/semeynaya-gostinaya-tyumen')).headers.location).toBe(
      '/api/practices/semeynaya-gostinaya',
    );
  });

  it('an archived practice’s former address does not redirect (it is not public)', async () => {
    const practice = await move(
      moderator,
      await move(coordinator, await draft('Архивная практика'), 'submit'),
      'publish',
    );
    const renamed = (await setSlug(moderator, practice, 'arkhivnaya-novaya')).json<ManagedPractice>();
    const archived = await call(moderator, 'POST', `/api/submissions/${renamed.id}/transitions`, {
      action: 'archive',
      revision: renamed.revision,
      comment: 'Практика завершена',
    });
    expect(archived.statusCode).toBe(200);
    expect((await call(null, 'GET', '/api/practices/arkhivnaya-praktika')).statusCode).toBe(404);
  });
});
