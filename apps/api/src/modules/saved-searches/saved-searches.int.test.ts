// Saved searches through the API on a real database: double opt-in, links, one-click
// unsubscription, who may read subscriber data, and the refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createUser, type SignedIn, signIn } from '../../../test/users';

let t: TestApp;
let mailbox = 0;
const freshEmail = () => `reader-${process.pid}-${++mailbox}@example.org`;

/** The token of the newest link to `path` in a message to `email` (read from the outbox). */
async function linkToken(email: string, pathPrefix: string): Promise<string> {
  const rows = await t.db.prisma.outboxMessage.findMany({
    where: { recipient: email },
    orderBy: { id: 'desc' },
    select: { data: true, unsubscribeUrl: true },
  });
  for (const row of rows) {
    const text = JSON.stringify(row.data) + (row.unsubscribeUrl ?? '');
    const match = new RegExp(`${pathPrefix.replaceAll('/', '\\/')}([A-Za-z0-9_-]{20,})`).exec(text);
    if (match) return match[1] as string;
  }
  throw new Error(`no link ${pathPrefix} in mail to ${email}`);
}

const subscribe = (payload: unknown, ip = '203.0.113.1') =>
  t.app.inject({ method: 'POST', url: '/api/saved-searches', payload: payload as object, remoteAddress: ip });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('subscribing from the catalogue', () => {
  it('keeps a pending subscription of only the e-mail, the search and the dates, and mails a confirmation link', async () => {
    const email = freshEmail();
    const response = await subscribe({
      email: email.toUpperCase(),
      frequency: 'weekly',
      search: { theme: ['family-values'], region: '72', q: '  семья ' },
    });
    expect(response.statusCode).toBe(202);
    const row = await t.db.prisma.savedSearch.findFirstOrThrow({ where: { email } });
    expect(row).toMatchObject({
      email,
      query: { q: 'семья', theme: ['family-values'], region: ['72'] },
      frequency: 'weekly',
      confirmedAt: null,
    });
    expect(Object.keys(row).sort()).toEqual(
      [
        'checkedUntil',
        'confirmedAt',
        'createdAt',
        'email',
        'frequency',
        'id',
        'lastSentAt',
        'query',
        'queryKey',
      ].sort(),
    );
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { recipient: email } });
    expect(mail.subject).toBe('Подтвердите подписку на новые практики');
    const token = await linkToken(email, '/subscriptions/confirm/');
    // Only the token's SHA-256 is stored.
    const stored = await t.db.prisma.savedSearchToken.findMany({ where: { savedSearchId: row.id } });
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);
  });

  it('answers alike whether the address is new, pending or already subscribed (no enumeration)', async () => {
    const email = freshEmail();
    const body = { email, frequency: 'daily', search: { theme: 'family-values' } };
    const first = await subscribe(body);
    const token = await linkToken(email, '/subscriptions/confirm/');
    const again = await subscribe(body);
    await t.app.inject({ method: 'POST', url: `/api/saved-searches/by-token/${token}/confirm` });
    const confirmed = await subscribe(body);
    const unknown = await subscribe({ ...body, email: freshEmail() });
    for (const response of [again, confirmed, unknown]) {
      expect(response.statusCode).toBe(first.statusCode);
      expect(response.body).toBe(first.body);
    }
    // Still one subscription; the confirmed address got its management link instead.
    expect(await t.db.prisma.savedSearch.count({ where: { email } })).toBe(1);
    const last = await t.db.prisma.outboxMessage.findFirstOrThrow({
      where: { recipient: email },
      orderBy: { id: 'desc' },
    });
    expect(last.subject).toBe('Вы уже подписаны на эту подборку');
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const email = freshEmail();
    const cases: [unknown, string][] = [
      [{ email: 'not-an-address', frequency: 'daily', search: {} }, 'body.email'],
      [{ email, frequency: 'hourly', search: {} }, 'body.frequency'],
      [{ email, frequency: 'daily', search: { theme: 'no-such-theme' } }, 'body.search.theme'],
      [{ email, frequency: 'daily', search: { region: 'Тюмень' } }, 'body.search.region'],
      [{ email, frequency: 'daily', search: { yearFrom: 2022, yearTo: 2020 } }, 'body.search.yearTo'],
      [{ email, frequency: 'daily', search: { status: 'draft' } }, 'body.search.status'],
    ];
    for (const [payload, field] of cases) {
      const response = await subscribe(payload, '203.0.113.50');
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await t.db.prisma.savedSearch.count({ where: { email } })).toBe(0);
    expect(await t.db.prisma.outboxMessage.count({ where: { recipient: email } })).toBe(0);
  });

  it('limits requests per e-mail and per source address (429 with Retry-After)', async () => {
    const email = freshEmail();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await subscribe({ email, frequency: 'daily', search: { yearFrom: 2000 + i } }, `198.51.100.${i}`))
          .statusCode,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const fromOneAddress: number[] = [];
    for (let i = 0; i < 21; i++) {
      fromOneAddress.push(
        (await subscribe({ email: freshEmail(), frequency: 'daily', search: {} }, '192.0.2.7')).statusCode,
      );
    }
    expect(fromOneAddress.filter((s) => s === 429)).toHaveLength(1);
    const refused = await subscribe({ email: freshEmail(), frequency: 'daily', search: {} }, '192.0.2.7');
    expect(refused.headers['retry-after']).toBeDefined();
  });
});

describe('the links in the messages', () => {
  it('confirms by a POST (opening the link confirms nothing), then manages and unsubscribes with the same link', async () => {
    const email = freshEmail();
    await subscribe({ email, frequency: 'weekly', search: { district: 'ural' } });
    const token = await linkToken(email, '/subscriptions/confirm/');

    const pending = await t.app.inject(`/api/saved-searches/by-token/${token}`);
    expect(pending.statusCode).toBe(200);
    expect(pending.json()).toMatchObject({
      email,
      status: 'pending',
      frequency: 'weekly',
      search: { district: ['ural'] },
    });
    expect(pending.json().summary[0]).toMatch(/^Федеральные округа: /);

    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/saved-searches/by-token/${token}/confirm`,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().status).toBe('confirmed');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/saved-searches/by-token/${token}/confirm`,
    });
    expect(again.json().confirmedAt).toBe(confirmed.json().confirmedAt);

    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/saved-searches/by-token/${token}`,
      payload: { frequency: 'daily' },
    });
    expect(changed.json().frequency).toBe('daily');
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/saved-searches/by-token/${token}`,
      payload: { frequency: 'monthly' },
    });
    expect(bad.statusCode).toBe(400);

    const gone = await t.app.inject({ method: 'DELETE', url: `/api/saved-searches/by-token/${token}` });
    expect(gone.statusCode).toBe(204);
    expect(await t.db.prisma.savedSearch.count({ where: { email } })).toBe(0);
    expect(await t.db.prisma.savedSearchToken.count({ where: { savedSearch: { email } } })).toBe(0);
    expect((await t.app.inject(`/api/saved-searches/by-token/${token}`)).statusCode).toBe(404);
  });

  it('unsubscribes in one click (RFC 8058): a form-encoded POST to the List-Unsubscribe address', async () => {
    const email = freshEmail();
    const body = { email, frequency: 'daily', search: { theme: 'family-values', yearFrom: 2015 } };
    await subscribe(body);
    await t.app.inject({
      method: 'POST',
      url: `/api/saved-searches/by-token/${await linkToken(email, '/subscriptions/confirm/')}/confirm`,
    });
    await subscribe(body); // «already subscribed»: mass mail with List-Unsubscribe
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({
      where: { recipient: email },
      orderBy: { id: 'desc' },
    });
    expect(mail.unsubscribeUrl).toMatch(/^\/api\/saved-searches\/unsubscribe\/[A-Za-z0-9_-]{40,}$/);
    const url = mail.unsubscribeUrl as string;

    const opened = await t.app.inject(url);
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toMatch(/^\/subscriptions\/[A-Za-z0-9_-]+\/unsubscribe$/);
    expect(await t.db.prisma.savedSearch.count({ where: { email } })).toBe(1);

    const oneClick = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(204);
    expect(await t.db.prisma.savedSearch.count({ where: { email } })).toBe(0);
    const twice = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(twice.statusCode).toBe(404);
  });

  it('answers 404 to an unknown link and 400 to a malformed one, for every token route', async () => {
    const unknown = 'x'.repeat(43);
    for (const [method, url] of [
      ['GET', `/api/saved-searches/by-token/${unknown}`],
      ['POST', `/api/saved-searches/by-token/${unknown}/confirm`],
      ['DELETE', `/api/saved-searches/by-token/${unknown}`],
      ['POST', `/api/saved-searches/unsubscribe/${unknown}`],
    ] as const) {
      expect((await t.app.inject({ method, url })).statusCode, `${method} ${url}`).toBe(404);
      expect((await t.app.inject({ method, url: url.replace(unknown, 'short') })).statusCode).toBe(400);
    }
  });
});

describe('who may read subscriber data', () => {
  let coordinator: SignedIn & { email: string };
  let other: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    const user = await createUser(t.db, { role: 'coordinator' });
    coordinator = { ...(await signIn(t.app, user.email)), email: user.email };
    other = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
    admin = await signIn(t.app, (await createUser(t.db, { role: 'admin' })).email);
  });

  it('lets staff subscribe their own account e-mail, confirmed at once, and see only their own', async () => {
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/saved-searches/mine',
      headers: coordinator.headers,
      payload: { frequency: 'weekly', search: { region: ['72'] } },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ email: coordinator.email, status: 'confirmed' });
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/saved-searches/mine',
      headers: coordinator.headers,
      payload: { frequency: 'daily', search: { region: '72' } },
    });
    expect(twice.statusCode).toBe(409);

    const mine = await t.app.inject({ url: '/api/saved-searches/mine', headers: coordinator.headers });
    expect(mine.json().items.map((i: { id: number }) => i.id)).toEqual([made.json().id]);
    const others = await t.app.inject({ url: '/api/saved-searches/mine', headers: admin.headers });
    expect(others.json().items).toEqual([]);
  });

  it("refuses another person's subscription as if it did not exist — an admin's too", async () => {
    const { id } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/saved-searches/mine',
        headers: coordinator.headers,
        payload: { frequency: 'weekly', search: { theme: 'family-values' } },
      })
    ).json();
    for (const who of [other, admin]) {
      const patch = await t.app.inject({
        method: 'PATCH',
        url: `/api/saved-searches/mine/${id}`,
        headers: who.headers,
        payload: { frequency: 'daily' },
      });
      expect(patch.statusCode).toBe(404);
      const del = await t.app.inject({
        method: 'DELETE',
        url: `/api/saved-searches/mine/${id}`,
        headers: who.headers,
      });
      expect(del.statusCode).toBe(404);
    }
    expect((await t.db.prisma.savedSearch.findUniqueOrThrow({ where: { id } })).frequency).toBe('weekly');
    const own = await t.app.inject({
      method: 'DELETE',
      url: `/api/saved-searches/mine/${id}`,
      headers: coordinator.headers,
    });
    expect(own.statusCode).toBe(204);
  });

  it('asks anonymous callers to sign in, and a session without its CSRF token is refused', async () => {
    expect((await t.app.inject('/api/saved-searches/mine')).statusCode).toBe(401);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/saved-searches/mine',
      payload: { frequency: 'daily', search: {} },
    });
    expect(anonymous.statusCode).toBe(401);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/saved-searches/mine',
      headers: { cookie: coordinator.cookie },
      payload: { frequency: 'daily', search: {} },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('offers no route that lists subscribers: the API has none, for admins either', async () => {
    const spec = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    const paths = Object.keys(spec.paths).filter((p) => p.startsWith('/api/saved-searches'));
    expect(paths.sort()).toEqual([
      '/api/saved-searches',
      '/api/saved-searches/by-token/{token}',
      '/api/saved-searches/by-token/{token}/confirm',
      '/api/saved-searches/mine',
      '/api/saved-searches/mine/{id}',
      '/api/saved-searches/unsubscribe/{token}',
    ]);
    // POST /api/saved-searches only takes a subscription; there is no GET of it.
    expect((await t.app.inject({ url: '/api/saved-searches', headers: admin.headers })).statusCode).toBe(405);
  });
});
