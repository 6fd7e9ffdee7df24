// The whole way by mail, against a real SMTP server started here (smtp-server, read back with
// mailparser): the confirmation link that arrives confirms; a practice published afterwards in the
// selection arrives in the digest, with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058);
// the one-click POST to that address unsubscribes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, signIn } from '../../../test/users';
import { deliverDue } from '../mail/outbox-worker';
import { startTestSmtpServer, type TestSmtpServer } from '../mail/smtp.test-support';
import { createSmtpTransport } from '../mail/transport';
import { runDigests } from './index';

const PUBLIC_URL = 'https://registry.example.ru';
const DAY = 24 * 3600 * 1000;
let t: TestApp;
let smtp: TestSmtpServer;

const deliver = () =>
  deliverDue({
    db: t.db,
    transport: createSmtpTransport(smtp.url),
    from: 'Реестр лучших практик <noreply@registry.example.ru>',
    publicUrl: PUBLIC_URL,
    backoffMs: () => 0,
  });
const arrivedFor = (email: string) => smtp.received.filter((mail) => mail.envelopeTo.includes(email));

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

describe('a saved search by mail', () => {
  it('confirms by the mailed link, sends a digest listing the newly published match, and unsubscribes in one click', async () => {
    const email = 'reader@example.org';
    const subscribed = await t.app.inject({
      method: 'POST',
      url: '/api/saved-searches',
      payload: { email, frequency: 'daily', search: { theme: 'foster-families', q: 'школа' } },
    });
    expect(subscribed.statusCode).toBe(202);
    await deliver();
    const [confirmation] = arrivedFor(email);
    expect(confirmation?.parsed.subject).toBe('Подтвердите подписку на новые практики');
    expect(confirmation?.parsed.headers.has('list-unsubscribe')).toBe(false);
    const confirmUrl = new RegExp(`${PUBLIC_URL}/subscriptions/confirm/([\\w-]+)`).exec(
      confirmation?.parsed.text ?? '',
    );
    expect(confirmUrl).not.toBeNull();
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/saved-searches/by-token/${confirmUrl?.[1]}/confirm`,
    });
    expect(confirmed.json().status).toBe('confirmed');

    // A moderator publishes a matching practice (and one that does not match the text).
    const moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
    const publish = async (title: string) => {
      const data = await createPractice(
        t.db,
        { title, themeCodes: ['foster-families'] },
        { status: 'in_review' },
      );
      const { id, revision } = await t.db.prisma.practice.findUniqueOrThrow({ where: { slug: data.slug } });
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/submissions/${id}/transitions`,
        headers: moderator.headers,
        payload: { action: 'publish', revision },
      });
      expect(response.statusCode).toBe(200);
      return data;
    };
    const match = await publish('Школа приёмных родителей «Тёплый дом»');
    const other = await publish('Клуб замещающих семей');

    const report = await runDigests({
      prisma: t.db.prisma,
      catalogue: {
        pool: t.app.db.pool,
        cache: t.app.catalogueCache,
        index: t.app.catalogueIndex,
        cursorSecret: t.app.cursorSecret,
      },
      now: new Date(Date.now() + DAY),
      publicUrl: PUBLIC_URL,
    });
    expect(report.sent).toBe(1);
    expect((await deliver()).sent).toBe(1);
    const digest = arrivedFor(email).at(-1);
    expect(digest?.parsed.subject).toBe('Новые практики в вашей подборке: 1');
    expect(digest?.parsed.text).toContain(`«${match.title}» — Тюменская область, опубликована`);
    expect(digest?.parsed.text).toContain(`${PUBLIC_URL}/practices/${match.slug}`);
    expect(digest?.parsed.text).not.toContain(other.title);
    expect(digest?.parsed.html).toContain(
      `href="${PUBLIC_URL}/practices?q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0&amp;theme=foster-families"`,
    );

    // RFC 8058: the header names an https address that takes a one-click POST.
    // (mailparser groups List-* headers; the raw lines say exactly what was sent.)
    const header = (key: string) => digest?.parsed.headerLines.find((h) => h.key === key)?.line ?? '';
    const listUnsubscribe = header('list-unsubscribe');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const oneClick = /<(https:\/\/[^>]+)>/.exec(listUnsubscribe)?.[1] as string;
    expect(oneClick).toMatch(new RegExp(`^${PUBLIC_URL}/api/saved-searches/unsubscribe/[\\w-]{40,}$`));
    const response = await t.app.inject({
      method: 'POST',
      url: new URL(oneClick).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode).toBe(204);
    expect(await t.db.prisma.savedSearch.count({ where: { email } })).toBe(0);
  });
});
