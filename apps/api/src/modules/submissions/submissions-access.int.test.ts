// The access matrix of every submissions endpoint: anonymous, the region's coordinator, another
// region's coordinator, an (unassigned) expert, a moderator and an admin each get exactly what
// they should, a hidden practice answers 404 as if it did not exist, and a refusal changes nothing.
import type { ManagedPractice } from '@registry/contracts/submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { passport } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

type Who = 'anonymous' | 'own coordinator' | 'other coordinator' | 'expert' | 'moderator' | 'admin';

describe('who may reach a practice that is not (only) public', () => {
  let t: TestApp;
  const people = {} as Record<Who, SignedIn | null>;
  let draft: ManagedPractice;
  let submitted: ManagedPractice;
  let published: ManagedPractice;

  const call = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: people[who]?.headers ?? {}, ...(payload ? { payload } : {}) });

  const create = async (title: string, complete: boolean) => {
    const { regionCode: _region, ...full } = passport({ title });
    const response = await call('own coordinator', 'POST', '/api/submissions', {
      passport: complete ? full : { title },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<ManagedPractice>();
  };
  const move = async (who: Who, practice: ManagedPractice, action: string) => {
    const response = await call(who, 'POST', `/api/submissions/${practice.id}/transitions`, {
      action,
      revision: practice.revision,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ManagedPractice>();
  };
  const current = async (practice: ManagedPractice) =>
    (await call('admin', 'GET', `/api/submissions/${practice.id}`)).json<ManagedPractice>();

  beforeAll(async () => {
    t = await createTestApp();
    const accounts = {
      'own coordinator': await createUser(t.db, { role: 'coordinator', regionCode: '72' }),
      'other coordinator': await createUser(t.db, { role: 'coordinator', regionCode: '66' }),
      expert: await createUser(t.db, { role: 'expert' }),
      moderator: await createUser(t.db, { role: 'moderator' }),
      admin: await createUser(t.db, { role: 'admin' }),
    };
    people.anonymous = null;
    for (const [who, user] of Object.entries(accounts)) people[who as Who] = await signIn(t.app, user.email);

    draft = await create('Черновик для проверки доступа', false);
    submitted = await move('own coordinator', await create('Поданная практика для проверки', true), 'submit');
    published = await move(
      'moderator',
      await move('own coordinator', await create('Опубликованная практика для проверки', true), 'submit'),
      'publish',
    );
    // One edit of the published passport keeps version 1.
    const edited = await call('own coordinator', 'PATCH', `/api/submissions/${published.id}`, {
      revision: published.revision,
      passport: { goals: 'Уточнённые цели практики' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
  });
  afterAll(() => t.close());

  const readers: [Who, number][] = [
    ['anonymous', 401],
    ['own coordinator', 200],
    ['other coordinator', 404],
    ['expert', 404],
    ['moderator', 200],
    ['admin', 200],
  ];

  it.each(readers)('reading a draft, its history and versions: %s → %i', async (who, status) => {
    for (const path of ['', '/history', '/versions']) {
      expect((await call(who, 'GET', `/api/submissions/${draft.id}${path}`)).statusCode, path).toBe(status);
    }
  });

  it.each(readers)('reading a published practice’s versions and their diff: %s → %i', async (who, status) => {
    expect((await call(who, 'GET', `/api/submissions/${published.id}/versions`)).statusCode).toBe(status);
    const diff = await call(who, 'GET', `/api/submissions/${published.id}/versions/1/diff`);
    expect(diff.statusCode).toBe(status);
    if (status === 200) expect(diff.json().changes.map((c: { field: string }) => c.field)).toEqual(['goals']);
  });

  it('a hidden practice and one that does not exist answer alike', async () => {
    const hidden = await call('other coordinator', 'GET', `/api/submissions/${draft.id}`);
    const missing = await call('other coordinator', 'GET', '/api/submissions/999999');
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(hidden.json().type).toBe(missing.json().type);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
  });

  it.each([
    ['anonymous', 401],
    ['other coordinator', 404],
    ['expert', 404],
  ] as [Who, number][])('editing a published passport: %s → %i, nothing changes', async (who, status) => {
    const before = await current(published);
    const response = await call(who, 'PATCH', `/api/submissions/${published.id}`, {
      revision: before.revision,
      passport: { goals: 'Чужая правка' },
    });
    expect(response.statusCode).toBe(status);
    expect((await current(published)).revision).toBe(before.revision);
  });

  it.each([
    ['anonymous', 'publish', 401],
    ['own coordinator', 'publish', 403],
    ['own coordinator', 'reject', 403],
    ['other coordinator', 'publish', 404],
    ['expert', 'publish', 404],
    ['moderator', 'submit', 409],
  ] as [Who, string, number][])(
    'moving a submitted practice: %s may not %s (%i)',
    async (who, action, status) => {
      const before = await current(submitted);
      const response = await call(who, 'POST', `/api/submissions/${submitted.id}/transitions`, {
        action,
        revision: before.revision,
        comment: 'попытка',
      });
      expect(response.statusCode, response.body).toBe(status);
      const after = await current(submitted);
      expect([after.status, after.revision]).toEqual([before.status, before.revision]);
    },
  );

  it.each([
    ['anonymous', 401],
    ['other coordinator', 404],
    ['expert', 404],
    ['moderator', 403],
  ] as [Who, number][])('withdrawing a submission: %s → %i, it stays submitted', async (who, status) => {
    const before = await current(submitted);
    const response = await call(who, 'POST', `/api/submissions/${submitted.id}/transitions`, {
      action: 'withdraw',
      revision: before.revision,
    });
    expect(response.statusCode, response.body).toBe(status);
    expect(await current(submitted)).toMatchObject({ status: 'submitted', revision: before.revision });
  });

  it.each(['own coordinator', 'admin'] as Who[])(
    'withdrawing a submission: %s may, back to draft',
    async (who) => {
      const practice = await move(
        'own coordinator',
        await create(`Отзываемая практика ${who}`, true),
        'submit',
      );
      expect((await move(who, practice, 'withdraw')).status).toBe('draft');
    },
  );

  it('a published practice cannot be withdrawn by its region (409)', async () => {
    const before = await current(published);
    const response = await call('own coordinator', 'POST', `/api/submissions/${published.id}/transitions`, {
      action: 'withdraw',
      revision: before.revision,
    });
    expect(response.statusCode).toBe(409);
  });

  const slugOf = async (practice: ManagedPractice) => (await current(practice)).passport.slug;
  const setSlug = async (who: Who, practice: ManagedPractice, slug: string) =>
    call(who, 'PUT', `/api/submissions/${practice.id}/slug`, {
      revision: (await current(practice)).revision,
      slug,
    });

  it.each([
    ['anonymous', 401],
    ['other coordinator', 404],
    ['expert', 404],
    ['own coordinator', 200],
    ['moderator', 200],
    ['admin', 200],
  ] as [Who, number][])('changing a draft’s address: %s → %i', async (who, status) => {
    const slug = `adres-chernovika-${who.replace(' ', '-')}`;
    const response = await setSlug(who, draft, slug);
    expect(response.statusCode, response.body).toBe(status);
    expect((await slugOf(draft)) === slug).toBe(status === 200);
  });

  it.each([
    ['anonymous', 401],
    ['other coordinator', 404],
    ['expert', 404],
    ['own coordinator', 403],
    ['moderator', 200],
    ['admin', 200],
  ] as [Who, number][])('changing a published practice’s address: %s → %i', async (who, status) => {
    const before = await slugOf(published);
    const slug = `adres-opublikovannoi-${who.replace(' ', '-')}`;
    const response = await setSlug(who, published, slug);
    expect(response.statusCode, response.body).toBe(status);
    expect(await slugOf(published)).toBe(status === 200 ? slug : before);
    if (status === 200) {
      const old = await call('anonymous', 'GET', `/api/practices/${before}`);
      expect([old.statusCode, old.headers.location]).toEqual([301, `/api/practices/${slug}`]);
    }
  });

  it('a moderator may not submit a region’s draft for it (403), and the draft stays a draft', async () => {
    const response = await call('moderator', 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'submit',
      revision: draft.revision,
    });
    expect(response.statusCode, response.body).toBe(403);
    expect((await current(draft)).status).toBe('draft');
  });

  it('the public catalogue never shows a draft or a submission', async () => {
    for (const practice of [draft, submitted]) {
      const slug = practice.passport.slug;
      if (slug) expect((await call('anonymous', 'GET', `/api/practices/${slug}`)).statusCode).toBe(404);
    }
    const list = (await call('anonymous', 'GET', '/api/practices?limit=100')).json();
    const ids = list.items.map((item: { slug: string }) => item.slug);
    expect(ids).not.toContain(submitted.passport.slug);
  });
});
