// «Хочу внедрить эту практику» on a real database: the request reaches the region's coordinators
// («Уведомления» and mail) and the practice's public e-mail; anti-spam (honeypot, minimum fill
// time, limits per address and per e-mail); who may read requests; replies by mail; the link to a
// later adoption; deletion on request and the retention purge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';
import { issueFormToken } from './adopt-request-rules';
import { purgeExpiredAdoptRequests } from './adopt-requests.service';

let t: TestApp;
let coordinator: SignedIn;
let coordinatorId: number;
let otherCoordinator: SignedIn;
let moderator: SignedIn;
let expert: SignedIn;
let addressCounter = 0;
/** A new number each call: fresh e-mails and source addresses, so limits only bite where tested. */
const next = () => {
  addressCounter += 1;
  return addressCounter;
};

const SLUG = 'adopt-requests-practice';
/** A token given out 10 s ago: past the minimum fill time. */
const token = () => issueFormToken(t.app.cursorSecret, Date.now() - 10_000);

const body = (overrides: Record<string, unknown> = {}) => ({
  name: 'Ирина Петрова',
  organisation: 'Центр семьи «Исток»',
  regionCode: '66',
  email: `irina-${next()}@example.org`,
  phone: '+7 343 000-00-00',
  message: 'Хотим внедрить школу приёмных родителей в нашем центре.',
  consent: true,
  website: '',
  formToken: token(),
  ...overrides,
});

const send = (payload: object, address = `10.1.${Math.floor(next() / 250)}.${next() % 250}`) =>
  t.app.inject({
    method: 'POST',
    url: `/api/practices/${SLUG}/adopt-requests`,
    payload,
    remoteAddress: address,
  });

const requests = () => t.db.prisma.adoptRequest.count();

beforeAll(async () => {
  t = await createTestApp();
  await createPractice(t.db, {
    slug: SLUG,
    regionCode: '72',
    contacts: [{ name: 'Автор', role: null, email: 'author@example.org', phone: null }],
  });
  const coordinatorUser = await createUser(t.db, { role: 'coordinator', regionCode: '72' });
  coordinatorId = coordinatorUser.id;
  coordinator = await signIn(t.app, coordinatorUser.email);
  otherCoordinator = await signIn(
    t.app,
    (await createUser(t.db, { role: 'coordinator', regionCode: '66' })).email,
  );
  moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
  expert = await signIn(t.app, (await createUser(t.db, { role: 'expert' })).email);
});
afterAll(() => t.close());

describe('a visitor’s request reaches the coordinators', () => {
  it('is stored, notifies the region’s coordinators and mails the practice’s public contact', async () => {
    const form = await t.app.inject(`/api/practices/${SLUG}/adopt-requests/form`);
    expect(form.statusCode).toBe(200);
    expect(form.json().formToken).toMatch(/^\d+\./);

    const response = await send(body({ email: 'irina@example.org' }));
    expect(response.statusCode, response.body).toBe(202);
    const stored = await t.db.prisma.adoptRequest.findFirstOrThrow({ where: { email: 'irina@example.org' } });
    expect(stored).toMatchObject({ status: 'new', regionCode: '66', organisation: 'Центр семьи «Исток»' });

    const notification = await t.db.prisma.notification.findFirstOrThrow({
      where: { userId: coordinatorId, kind: 'adopt_request' },
    });
    expect(notification.title).toContain('Новая заявка на внедрение');
    const coordinatorMail = await t.db.prisma.outboxMessage.count({
      where: { subject: { contains: 'Новая заявка на внедрение' } },
    });
    expect(coordinatorMail).toBe(1);
    const authorMail = await t.db.prisma.outboxMessage.findFirstOrThrow({
      where: { recipient: 'author@example.org' },
    });
    expect(authorMail.subject).toContain('Хотят внедрить вашу практику');
    expect(JSON.stringify(authorMail.data)).toContain('irina@example.org');
  });

  it('the other region’s coordinators are not notified', async () => {
    expect(
      await t.db.prisma.notification.count({ where: { kind: 'adopt_request', user: { regionCode: '66' } } }),
    ).toBe(0);
  });
});

describe('anti-spam and bad input', () => {
  it('a filled honeypot is answered like a success and stores nothing', async () => {
    const before = await requests();
    const response = await send(body({ website: 'http://spam.example' }));
    expect(response.statusCode).toBe(202);
    expect(await requests()).toBe(before);
  });

  it('a form sent faster than a person can fill it, or with a forged token, is refused', async () => {
    const before = await requests();
    const fast = await send(body({ formToken: issueFormToken(t.app.cursorSecret, Date.now()) }));
    expect(fast.statusCode).toBe(400);
    expect(fast.json().type).toBe('/problems/form-too-fast');
    const forged = await send(body({ formToken: `${Date.now() - 10_000}.forged` }));
    expect(forged.json().type).toBe('/problems/form-expired');
    expect(await requests()).toBe(before);
  });

  it('consent, e-mail and message are required, each named', async () => {
    const response = await send(body({ consent: false, email: 'not-an-address', message: '' }));
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.consent', 'body.email', 'body.message']);
  });

  it('an unknown region is a 400 on the region, and a draft practice a 404', async () => {
    expect((await send(body({ regionCode: '00' }))).json().errors[0].field).toBe('body.regionCode');
    await createPractice(t.db, { slug: 'adopt-requests-draft' }, { status: 'draft' });
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/practices/adopt-requests-draft/adopt-requests',
      payload: body(),
    });
    expect(draft.statusCode).toBe(404);
  });

  it('limits requests per source address and per e-mail', async () => {
    const address = '10.9.9.9';
    for (let i = 0; i < 5; i += 1) expect((await send(body(), address)).statusCode).toBe(202);
    const sixth = await send(body(), address);
    expect(sixth.statusCode).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);

    const email = 'same-person@example.org';
    for (let i = 0; i < 3; i += 1) expect((await send(body({ email }))).statusCode).toBe(202);
    expect((await send(body({ email }))).statusCode).toBe(429);
  });
});

describe('who may read requests (personal data)', () => {
  it('the practice region’s coordinators and moderators see them; another region and experts do not', async () => {
    const own = await t.app.inject({ url: '/api/adopt-requests', headers: coordinator.headers });
    expect(own.statusCode).toBe(200);
    expect(own.json().items.length).toBeGreaterThan(0);
    expect(own.json().items[0]).toHaveProperty('email');
    const mod = await t.app.inject({ url: '/api/adopt-requests', headers: moderator.headers });
    expect(mod.json().items.length).toBe(own.json().items.length);
    const other = await t.app.inject({ url: '/api/adopt-requests', headers: otherCoordinator.headers });
    expect(other.json().items).toEqual([]);
    expect((await t.app.inject({ url: '/api/adopt-requests', headers: expert.headers })).statusCode).toBe(
      403,
    );
    expect((await t.app.inject('/api/adopt-requests')).statusCode).toBe(401);
  });

  it('another region cannot change, answer or delete a request: 404', async () => {
    const id = (await t.db.prisma.adoptRequest.findFirstOrThrow({ select: { id: true } })).id;
    for (const [method, url, payload] of [
      ['PATCH', `/api/adopt-requests/${id}`, { status: 'declined' }],
      ['POST', `/api/adopt-requests/${id}/replies`, { body: 'Здравствуйте' }],
      ['DELETE', `/api/adopt-requests/${id}`, undefined],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: otherCoordinator.headers,
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      const byExpert = await t.app.inject({
        method,
        url,
        headers: expert.headers,
        ...(payload ? { payload } : {}),
      });
      expect(byExpert.statusCode).toBe(403);
    }
  });
});

describe('working with a request', () => {
  it('a reply is kept and mailed to the requester; the request moves to «На связи»', async () => {
    const stored = await t.db.prisma.adoptRequest.findFirstOrThrow({ where: { email: 'irina@example.org' } });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/adopt-requests/${stored.id}/replies`,
      headers: coordinator.headers,
      payload: { body: 'Здравствуйте! Давайте созвонимся на этой неделе.' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'in_contact',
      replies: [{ body: expect.stringContaining('созвонимся') }],
    });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({
      where: { recipient: 'irina@example.org' },
    });
    expect(mail.subject).toContain('Ответ на вашу заявку');
  });

  it('links to the adoption the requester’s region declares later', async () => {
    const stored = await t.db.prisma.adoptRequest.findFirstOrThrow({ where: { email: 'irina@example.org' } });
    const adopt = await t.app.inject({
      method: 'POST',
      url: '/api/adoptions',
      headers: otherCoordinator.headers,
      payload: {
        practiceSlug: SLUG,
        status: 'planning',
        startedOn: null,
        finishedOn: null,
        contact: { name: 'Ирина Петрова', email: '', phone: '' },
      },
    });
    expect(adopt.statusCode, adopt.body).toBe(201);
    const list = (await t.app.inject({ url: '/api/adopt-requests', headers: coordinator.headers })).json();
    const item = list.items.find((i: { id: number }) => i.id === stored.id);
    expect(item.adoptionId).toBe(adopt.json().id);
  });

  it('a status can be set; a request is deleted on request with its replies', async () => {
    const stored = await t.db.prisma.adoptRequest.findFirstOrThrow({ where: { email: 'irina@example.org' } });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/adopt-requests/${stored.id}`,
      headers: moderator.headers,
      payload: { status: 'adoption_started' },
    });
    expect(patched.json().status).toBe('adoption_started');
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/adopt-requests/${stored.id}`,
      headers: coordinator.headers,
    });
    expect(deleted.statusCode).toBe(204);
    expect(await t.db.prisma.adoptRequest.count({ where: { email: 'irina@example.org' } })).toBe(0);
    expect(await t.db.prisma.adoptRequestReply.count({ where: { requestId: stored.id } })).toBe(0);
  });

  it('the retention purge deletes requests older than the period, and only those', async () => {
    const old = await t.db.prisma.adoptRequest.findFirstOrThrow({ select: { id: true } });
    await t.db.prisma.adoptRequest.update({
      where: { id: old.id },
      data: { createdAt: new Date(Date.now() - 1096 * 86_400_000) },
    });
    const before = await requests();
    expect(await purgeExpiredAdoptRequests(t.db.prisma, new Date(), 1095)).toBe(1);
    expect(await requests()).toBe(before - 1);
    expect(await t.db.prisma.adoptRequest.count({ where: { id: old.id } })).toBe(0);
  });
});
