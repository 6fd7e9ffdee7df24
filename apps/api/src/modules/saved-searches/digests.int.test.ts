// The daily digest on a real database: what became public or recommended in a confirmed
// subscription's selection since its last window is mailed (through the outbox), nothing when
// nothing is new, weekly ones once a week; unconfirmed subscriptions are purged after 7 days.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';
import type { MailTemplates } from '../mail';
import { purgeSavedSearches, runDigests } from './index';

const DAY = 24 * 3600 * 1000;
const PUBLIC_URL = 'https://registry.example';
let t: TestApp;
let moderator: SignedIn;
let n = 0;

const catalogue = () => ({
  pool: t.app.db.pool,
  cache: t.app.catalogueCache,
  index: t.app.catalogueIndex,
  cursorSecret: t.app.cursorSecret,
});
const digestAt = (now: Date) =>
  runDigests({ prisma: t.db.prisma, catalogue: catalogue(), now, publicUrl: PUBLIC_URL });

/** A confirmed subscription made the visitor's way: subscribe, then the link's confirmation. */
async function confirmedSubscription(search: object, frequency: 'daily' | 'weekly' = 'daily') {
  const email = `digest-${process.pid}-${++n}@example.org`;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/saved-searches',
    payload: { email, frequency, search },
    remoteAddress: `203.0.113.${n}`,
  });
  expect(response.statusCode).toBe(202);
  const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { recipient: email } });
  const token = /\/subscriptions\/confirm\/([\w-]+)/.exec(JSON.stringify(mail.data))?.[1];
  const confirmed = await t.app.inject({
    method: 'POST',
    url: `/api/saved-searches/by-token/${token}/confirm`,
  });
  expect(confirmed.statusCode).toBe(200);
  return email;
}

/** A practice waiting for review, then published by a moderator through the API. */
async function publish(overrides: Parameters<typeof createPractice>[1]) {
  const data = await createPractice(t.db, overrides, { status: 'in_review' });
  const { id, revision } = await t.db.prisma.practice.findUniqueOrThrow({
    where: { slug: data.slug },
    select: { id: true, revision: true },
  });
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/submissions/${id}/transitions`,
    headers: moderator.headers,
    payload: { action: 'publish', revision },
  });
  expect(response.statusCode, response.body).toBe(200);
  return { ...data, id };
}

const digestsTo = (email: string) =>
  t.db.prisma.outboxMessage.findMany({
    where: { recipient: email, subject: { startsWith: 'Новые практики' } },
    orderBy: { id: 'asc' },
  });
const textOf = (data: unknown) => (data as MailTemplates['message']).paragraphs.join('\n');

beforeAll(async () => {
  t = await createTestApp();
  moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
});
afterAll(() => t.close());

describe('the digest of a saved search', () => {
  it('lists a newly published match, leaves out what does not match or was public before, then sends nothing until there is news', async () => {
    // Public long before the subscription, and not news however often it is edited.
    const old = await createPractice(t.db, {
      themeCodes: ['family-values'],
      title: 'Давно опубликованная практика',
    });
    const email = await confirmedSubscription({ theme: ['family-values'], region: '72' });
    const match = await publish({ themeCodes: ['family-values'], title: 'Семейный клуб выходного дня' });
    const otherTheme = await publish({ themeCodes: ['addiction-help'], title: 'Помощь при зависимостях' });
    const otherRegion = await publish({
      themeCodes: ['family-values'],
      regionCode: '66',
      title: 'Практика другого региона',
    });

    const later = new Date(Date.now() + DAY);
    const report = await digestAt(later);
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const [digest, ...more] = await digestsTo(email);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe('Новые практики в вашей подборке: 1');
    const text = textOf(digest?.data);
    expect(text).toContain(`«${match.title}» — Тюменская область, опубликована`);
    expect(text).toContain(`${PUBLIC_URL}/practices/${match.slug}`);
    for (const absent of [old, otherTheme, otherRegion]) expect(text).not.toContain(absent.title);
    // Mass mail: the one-click unsubscribe address (List-Unsubscribe, RFC 8058) and the manage link.
    expect(digest?.unsubscribeUrl).toMatch(/^\/api\/saved-searches\/unsubscribe\/[\w-]{40,}$/);
    expect(text).toMatch(new RegExp(`${PUBLIC_URL}/subscriptions/[\\w-]{40,}`));
    expect(digest?.data).toMatchObject({
      link: {
        url: '/practices?theme=family-values&region=72',
      },
    });
    const row = await t.db.prisma.savedSearch.findFirstOrThrow({ where: { email } });
    expect(row.lastSentAt).not.toBeNull();

    // The same practice is not news twice; nothing new, no message.
    await digestAt(new Date(later.getTime() + DAY));
    expect(await digestsTo(email)).toHaveLength(1);
  });

  it('counts a newly recommended practice, once', async () => {
    const email = await confirmedSubscription({ theme: 'foster-families', status: 'recommended' });
    const practice = await publish({ themeCodes: ['foster-families'], title: 'Школа приёмных родителей' });
    // Published only: the selection asks for recommended practices.
    const first = new Date(Date.now() + DAY);
    await digestAt(first);
    expect(await digestsTo(email)).toHaveLength(0);
    // The review decision's effect on the practice and its history (decision.service.ts).
    await t.db.prisma.$transaction([
      t.db.prisma.practice.update({
        where: { id: practice.id },
        data: { status: 'recommended', recommendedAt: new Date(), statusChangedAt: new Date() },
      }),
      t.db.prisma.practiceEvent.create({
        // After the first digest's window (the test's clock runs ahead of the database's).
        data: {
          practiceId: practice.id,
          at: new Date(first.getTime() + 3600 * 1000),
          action: 'recommend',
          fromStatus: 'published',
          toStatus: 'recommended',
          revision: 2,
        },
      }),
    ]);
    await digestAt(new Date(first.getTime() + DAY));
    const digests = await digestsTo(email);
    expect(digests).toHaveLength(1);
    expect(textOf(digests[0]?.data)).toContain(
      `«${practice.title}» — Тюменская область, рекомендована к тиражированию`,
    );
  });

  it('sends a weekly digest a week after the last one, not the next day', async () => {
    const email = await confirmedSubscription({ theme: 'early-intervention' }, 'weekly');
    await publish({ themeCodes: ['early-intervention'], title: 'Ранняя помощь дома' });
    await digestAt(new Date(Date.now() + DAY));
    expect(await digestsTo(email)).toHaveLength(0);
    await digestAt(new Date(Date.now() + 7 * DAY));
    expect(await digestsTo(email)).toHaveLength(1);
  });

  it('sends nothing to a subscription that is not confirmed', async () => {
    const email = `pending-${process.pid}@example.org`;
    await t.app.inject({
      method: 'POST',
      url: '/api/saved-searches',
      payload: { email, frequency: 'daily', search: { theme: 'child-safety' } },
      remoteAddress: '198.51.100.200',
    });
    await publish({ themeCodes: ['child-safety'], title: 'Безопасное детство' });
    await digestAt(new Date(Date.now() + DAY));
    expect(await digestsTo(email)).toHaveLength(0);
  });
});

describe('data retention', () => {
  it('deletes unconfirmed subscriptions after 7 days, with their links, and keeps confirmed ones', async () => {
    const now = new Date();
    const make = (email: string, ageDays: number, confirmed: boolean) =>
      t.db.prisma.savedSearch.create({
        data: {
          email,
          query: {},
          queryKey: email.padEnd(64, '0').slice(0, 64),
          frequency: 'weekly',
          createdAt: new Date(now.getTime() - ageDays * DAY),
          confirmedAt: confirmed ? new Date(now.getTime() - ageDays * DAY) : null,
          checkedUntil: confirmed ? new Date(now.getTime() - ageDays * DAY) : null,
          tokens: {
            create: {
              tokenHash: email.padEnd(64, 'f').slice(0, 64),
              purpose: 'confirm',
              expiresAt: new Date(now.getTime() + DAY),
            },
          },
        },
      });
    await make('old-pending@example.org', 8, false);
    await make('new-pending@example.org', 6, false);
    await make('old-confirmed@example.org', 30, true);
    await purgeSavedSearches(t.db.prisma, now);
    const left = await t.db.prisma.savedSearch.findMany({
      where: {
        email: { in: ['old-pending@example.org', 'new-pending@example.org', 'old-confirmed@example.org'] },
      },
      select: { email: true },
    });
    expect(left.map((r) => r.email).sort()).toEqual(['new-pending@example.org', 'old-confirmed@example.org']);
    expect(
      await t.db.prisma.savedSearchToken.count({ where: { tokenHash: { startsWith: 'old-pending' } } }),
    ).toBe(0);
  });
});
