import type { ManagedPractice } from '@registry/contracts/submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { passport } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';

describe('the submission workflow', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let otherCoordinator: SignedIn;
  let moderator: SignedIn;
  let expert: SignedIn;
  let admin: SignedIn;

  const call = (who: SignedIn | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });

  const { regionCode: _r, ...complete } = passport({
    slug: 'workflow-practice',
    title: 'Служба семейного наставничества',
  });

  // The slug is chosen at creation or through PUT …/slug, never in a passport save.
  const { slug: _slug, ...completeFields } = complete;

  const newDraft = async (extra: { slug?: string } = {}) => {
    const response = await call(coordinator, 'POST', '/api/submissions', {
      passport: { title: 'Черновик практики', ...extra },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<ManagedPractice>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    const users = {
      coordinator: await createUser(t.db, { role: 'coordinator', regionCode: '72' }),
      other: await createUser(t.db, { role: 'coordinator', regionCode: '66' }),
      moderator: await createUser(t.db, { role: 'moderator' }),
      expert: await createUser(t.db, { role: 'expert' }),
      admin: await createUser(t.db, { role: 'admin' }),
    };
    coordinator = await signIn(t.app, users.coordinator.email);
    otherCoordinator = await signIn(t.app, users.other.email);
    moderator = await signIn(t.app, users.moderator.email);
    expert = await signIn(t.app, users.expert.email);
    admin = await signIn(t.app, users.admin.email);
  });
  afterAll(() => t.close());

  it('draft → submit → return with comments → revise → resubmit → publish → public', async () => {
    const draft = await newDraft({ slug: 'workflow-practice' });
    expect(draft).toMatchObject({ status: 'draft', regionCode: '72', revision: 1, canEdit: true });
    expect(draft.missing).toContain('passport.summary');
    expect(draft.allowedActions).toEqual(['submit']);

    // Submitting an incomplete passport names what is missing.
    const early = await call(coordinator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'submit',
      revision: 1,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.map((e: { field: string }) => e.field)).toContain('passport.summary');

    const saved = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: complete,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ revision: 2, missing: [] });

    const submitted = await call(coordinator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'submit',
      revision: 2,
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', canEdit: false });

    // Not public yet.
    expect((await t.app.inject('/api/practices/workflow-practice')).statusCode).toBe(404);

    const queue = await call(moderator, 'GET', '/api/submissions?status=submitted');
    expect(queue.json().items).toEqual([expect.objectContaining({ id: draft.id, awaitsMe: true })]);

    const returned = await call(moderator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'return_for_revision',
      revision: 3,
      comment: 'Уточните результаты',
      sectionComments: [{ section: 'results', comment: 'Нужны цифры за 2024 год' }],
    });
    expect(returned.json().status).toBe('needs_revision');

    const history = await call(coordinator, 'GET', `/api/submissions/${draft.id}/history`);
    const last = history.json().items.at(-1);
    expect(last).toMatchObject({
      action: 'return_for_revision',
      fromStatus: 'submitted',
      toStatus: 'needs_revision',
      comment: 'Уточните результаты',
      sectionComments: [{ section: 'results', comment: 'Нужны цифры за 2024 год' }],
    });

    await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 4,
      passport: { resultsNarrative: 'В 2024 году…' },
    });
    await call(coordinator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'submit',
      revision: 5,
    });
    const published = await call(moderator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'publish',
      revision: 6,
    });
    expect(published.json().status).toBe('published');

    // An edit of the published practice keeps the old passport as version 1, and says what changed.
    const edited = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 7,
      passport: { goals: 'Новые цели практики' },
    });
    expect(edited.json()).toMatchObject({ status: 'published', revision: 8 });
    const versions = (await call(coordinator, 'GET', `/api/submissions/${draft.id}/versions`)).json().items;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([1]);
    const diff = (await call(moderator, 'GET', `/api/submissions/${draft.id}/versions/1/diff`)).json();
    expect(diff).toEqual({
      from: 1,
      to: 'current',
      changes: [{ field: 'goals', before: complete.goals, after: 'Новые цели практики' }],
    });
    expect((await call(otherCoordinator, 'GET', `/api/submissions/${draft.id}/versions`)).statusCode).toBe(
      404,
    );

    const visitor = await t.app.inject('/api/practices?q=наставничества');
    expect(visitor.json().items.map((i: { slug: string }) => i.slug)).toContain('workflow-practice');
    expect(history.json().items[0]).toMatchObject({ action: 'create', toStatus: 'draft' });
  });

  it('a passport without a public e-mail or phone cannot be submitted', async () => {
    const draft = await newDraft({ slug: 'no-contact-practice' });
    // A contact with a name but neither e-mail nor phone is not a contact that works.
    const saved = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { ...completeFields, contacts: [{ name: 'Центр', role: null, email: null, phone: ' ' }] },
    });
    expect(saved.json()).toMatchObject({ revision: 2, missing: ['passport.contacts'] });
    const refused = await call(coordinator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'submit',
      revision: 2,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        field: 'passport.contacts',
        message: 'Укажите хотя бы один публичный адрес электронной почты или телефон',
      },
    ]);
    const phoneOnly = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 2,
      passport: { contacts: [{ name: 'Центр', role: null, email: null, phone: '+7 3452 00-00-00' }] },
    });
    expect(phoneOnly.json()).toMatchObject({ revision: 3, missing: [] });
  });

  it('refuses an illegal move with 409 and a missing comment with 400', async () => {
    const draft = await newDraft();
    const publish = await call(moderator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'publish',
      revision: 1,
    });
    expect(publish.statusCode).toBe(409);
    expect(publish.json().type).toBe('/problems/illegal-transition');
    await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: completeFields,
    });
    await call(coordinator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'submit',
      revision: 2,
    });
    const reject = await call(moderator, 'POST', `/api/submissions/${draft.id}/transitions`, {
      action: 'reject',
      revision: 3,
    });
    expect(reject.statusCode).toBe(400);
    expect(reject.json().errors[0].field).toBe('body.comment');
  });

  it('never lets two people silently overwrite each other', async () => {
    const draft = await newDraft();
    const first = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { goals: 'Мои цели' },
    });
    expect(first.statusCode).toBe(200);
    const second = await call(admin, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { goals: 'Чужие цели' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      type: '/problems/stale-revision',
      errors: [{ field: 'body.revision' }],
    });
    const now = await call(coordinator, 'GET', `/api/submissions/${draft.id}`);
    expect(now.json().passport.goals).toBe('Мои цели');
  });

  it('a stale save is answered with who saved and the passport as saved', async () => {
    const draft = await newDraft();
    await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { goals: 'Цели из первой вкладки', problem: 'Проблема' },
    });
    // Someone else: named, with the saved values.
    const other = await call(admin, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { goals: 'Цели администратора' },
    });
    expect(other.statusCode).toBe(409);
    expect(other.headers['content-type']).toContain('application/problem+json');
    const problem = other.json();
    expect(problem.current).toMatchObject({
      revision: 2,
      savedBy: { self: false, name: expect.stringContaining('coordinator') },
      passport: { goals: 'Цели из первой вкладки', problem: 'Проблема', title: 'Черновик практики' },
    });
    expect(problem.detail).toContain('Паспорт сохранил(а) Тестовый coordinator');
    // The same account in another tab: "you".
    const self = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { goals: 'Цели из второй вкладки' },
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().current.savedBy).toMatchObject({ self: true });
    expect(self.json().detail).toContain('в другой вкладке');
    expect((await call(coordinator, 'GET', `/api/submissions/${draft.id}`)).json().passport.goals).toBe(
      'Цели из первой вкладки',
    );
  });

  it('passport links may only be http, https or mailto: javascript: and data: are refused', async () => {
    const draft = await newDraft();
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<b>x</b>',
    ]) {
      const bad = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
        revision: 1,
        passport: { links: [{ title: 'Сайт', url }] },
      });
      expect(bad.statusCode, url).toBe(400);
      expect(bad.json().errors).toContainEqual({
        field: 'body.passport.links.0.url',
        message: 'Ссылка должна начинаться с http://, https:// или mailto:',
      });
    }
    expect((await call(coordinator, 'GET', `/api/submissions/${draft.id}`)).json()).toMatchObject({
      revision: 1,
      passport: { links: [] },
    });
    const good = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: {
        links: [
          { title: 'Сайт', url: 'https://example.org/practice' },
          { title: 'Старый сайт', url: 'http://example.org' },
          { title: 'Почта', url: 'mailto:info@example.org' },
        ],
      },
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().passport.links).toHaveLength(3);
  });

  it('a coordinator withdraws a submission to draft until a moderator acts, with an audit entry', async () => {
    const first = await newDraft();
    await call(coordinator, 'PATCH', `/api/submissions/${first.id}`, {
      revision: 1,
      passport: completeFields,
    });
    const submitted = await call(coordinator, 'POST', `/api/submissions/${first.id}/transitions`, {
      action: 'submit',
      revision: 2,
    });
    expect(submitted.json().allowedActions).toEqual(['withdraw']);
    const withdrawn = await call(coordinator, 'POST', `/api/submissions/${first.id}/transitions`, {
      action: 'withdraw',
      revision: 3,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'draft', canEdit: true, revision: 4 });
    const events = (await call(moderator, 'GET', `/api/submissions/${first.id}/history`)).json().items;
    expect(events.at(-1)).toMatchObject({
      action: 'withdraw',
      fromStatus: 'submitted',
      toStatus: 'draft',
      actorName: expect.stringContaining('coordinator'),
    });
    // Submitted again and accepted for review: too late to withdraw.
    await call(coordinator, 'POST', `/api/submissions/${first.id}/transitions`, {
      action: 'submit',
      revision: 4,
    });
    await call(moderator, 'POST', `/api/submissions/${first.id}/transitions`, {
      action: 'accept_for_review',
      revision: 5,
    });
    const late = await call(coordinator, 'POST', `/api/submissions/${first.id}/transitions`, {
      action: 'withdraw',
      revision: 6,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().type).toBe('/problems/illegal-transition');
    expect((await call(coordinator, 'GET', `/api/submissions/${first.id}`)).json()).toMatchObject({
      status: 'in_review',
      revision: 6,
    });
  });

  it('validates fields with the shared contracts and refuses unknown codes', async () => {
    const draft = await newDraft();
    const bad = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { summary: 'я'.repeat(501), themeCodes: ['no-such-theme'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('body.passport.summary');
    const unknown = await call(coordinator, 'PATCH', `/api/submissions/${draft.id}`, {
      revision: 1,
      passport: { themeCodes: ['no-such-theme'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { field: 'body.passport.themeCodes', message: expect.any(String) },
    ]);
    expect((await call(coordinator, 'GET', `/api/submissions/${draft.id}`)).json().revision).toBe(1);
  });

  describe('who may do what', () => {
    let id: number;
    beforeAll(async () => {
      id = (await newDraft()).id;
    });

    it.each([
      ['anonymous', 401],
      ['coordinator of the region', 200],
      ['coordinator of another region', 404],
      ['expert', 404],
      ['moderator', 200],
      ['admin', 200],
    ])('reading a draft: %s → %i', async (who, status) => {
      const session = {
        anonymous: null,
        'coordinator of the region': coordinator,
        'coordinator of another region': otherCoordinator,
        expert,
        moderator,
        admin,
      }[who] as SignedIn | null;
      expect((await call(session, 'GET', `/api/submissions/${id}`)).statusCode).toBe(status);
      expect((await call(session, 'GET', `/api/submissions/${id}/history`)).statusCode).toBe(status);
    });

    it.each([
      ['anonymous', 401],
      ['coordinator of another region', 404],
      ['expert', 404],
      ['moderator', 409],
    ])('editing a draft: %s → %i, and nothing changes', async (who, status) => {
      const session = {
        anonymous: null,
        'coordinator of another region': otherCoordinator,
        expert,
        moderator,
      }[who] as SignedIn | null;
      const response = await call(session, 'PATCH', `/api/submissions/${id}`, {
        revision: 1,
        passport: { goals: 'взлом' },
      });
      expect(response.statusCode).toBe(status);
      expect(
        (await call(coordinator, 'GET', `/api/submissions/${id}`)).json().passport.goals,
      ).toBeUndefined();
    });

    it('a coordinator cannot create in another region; an expert cannot list submissions', async () => {
      const response = await call(coordinator, 'POST', '/api/submissions', {
        regionCode: '66',
        passport: {},
      });
      expect(response.statusCode).toBe(403);
      expect((await call(expert, 'GET', '/api/submissions')).statusCode).toBe(403);
      expect((await call(null, 'POST', '/api/submissions', { passport: {} })).statusCode).toBe(401);
    });

    it('a coordinator lists only their region; a moderator lists all', async () => {
      await call(otherCoordinator, 'POST', '/api/submissions', {
        passport: { title: 'Свердловский черновик' },
      });
      const mine = (await call(coordinator, 'GET', '/api/submissions')).json().items;
      expect(mine.every((i: { regionCode: string }) => i.regionCode === '72')).toBe(true);
      const all = (await call(moderator, 'GET', '/api/submissions')).json().items;
      expect(new Set(all.map((i: { regionCode: string }) => i.regionCode))).toEqual(new Set(['72', '66']));
    });

    it('a state-changing request without the CSRF token is refused', async () => {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/api/submissions/${id}`,
        headers: { cookie: coordinator.cookie },
        payload: { revision: 1, passport: { goals: 'x' } },
      });
      expect(response.statusCode).toBe(403);
    });
  });
});
