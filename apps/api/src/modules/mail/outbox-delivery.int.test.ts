// The outbox delivered to a real SMTP server started here (smtp-server, STARTTLS + AUTH), read
// back with mailparser: the message arrives with the right recipient, subject and link; a server
// that refuses or is down leads to retries and then a visible failure; nothing is lost, nothing
// is sent twice by two workers, and a worker that died mid-send is taken over after its lease.
import { createTestDatabase, type TestDatabase } from '@registry/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueMail } from './outbox';
import { claimDueMessages } from './outbox.repository';
import { deliverDue, type OutboxWorkerOptions } from './outbox-worker';
import {
  freePort,
  SMTP_PASSWORD,
  SMTP_USER,
  startTestSmtpServer,
  type TestSmtpServer,
} from './smtp-test-server';
import { createSmtpTransport } from './transport';

let db: TestDatabase;
let smtp: TestSmtpServer;
const PUBLIC_URL = 'https://registry.example.ru';

beforeAll(async () => {
  db = await createTestDatabase({ referenceData: false });
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await db.close();
});
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuse = null;
  await db.prisma.outboxMessage.deleteMany({});
});

function worker(url = smtp.url, extra: Partial<OutboxWorkerOptions> = {}): OutboxWorkerOptions {
  return {
    db,
    transport: createSmtpTransport(url),
    from: 'Реестр лучших практик <noreply@registry.example.ru>',
    publicUrl: PUBLIC_URL,
    backoffMs: () => 0,
    ...extra,
  };
}

const invitation = (to: string) =>
  enqueueMail(db.prisma, {
    to,
    template: 'invitation',
    data: {
      name: 'Анна Петрова',
      roleLabel: 'эксперт',
      link: '/invite/tok_abcdefghijklmnopqrstuv',
      expiresAt: '2026-12-09T10:00:00.000Z',
    },
  });

const row = (id: number) => db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });

describe('outbox delivery over SMTP', () => {
  it('delivers an invitation over STARTTLS with authentication: recipient, subject and link', async () => {
    const id = await invitation('Anna@Example.org');
    expect(await deliverDue(worker())).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.secure).toBe(true);
    expect(mail?.user).toBe(SMTP_USER);
    expect(mail?.envelopeTo).toEqual(['anna@example.org']);
    expect(mail?.parsed.subject).toBe('Приглашение в Реестр лучших практик');
    expect(mail?.parsed.text).toContain(`${PUBLIC_URL}/invite/tok_abcdefghijklmnopqrstuv`);
    expect(mail?.parsed.html).toContain(`href="${PUBLIC_URL}/invite/tok_abcdefghijklmnopqrstuv"`);
    expect(mail?.parsed.headers.has('list-unsubscribe')).toBe(false);
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(sent.sentAt).not.toBeNull();
    // Delivered once: the next round finds nothing.
    expect(await deliverDue(worker())).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('mass mail carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058)', async () => {
    await enqueueMail(db.prisma, {
      to: 'reader@example.org',
      template: 'message',
      data: {
        subject: 'Новые практики',
        paragraphs: ['Опубликована 1 практика.'],
        link: { label: 'Открыть', url: '/practices' },
      },
      unsubscribeUrl: '/unsubscribe?token=abcdefghijkl',
    });
    await deliverDue(worker());
    const lines = smtp.received[0]?.parsed.headerLines ?? [];
    const header = (key: string) => lines.find((line) => line.key === key)?.line.replace(/\r\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toBe(
      `List-Unsubscribe: <${PUBLIC_URL}/unsubscribe?token=abcdefghijkl>`,
    );
    expect(smtp.received[0]?.parsed.text).toContain(
      `Отписаться от этих писем: ${PUBLIC_URL}/unsubscribe?token=abcdefghijkl`,
    );
  });

  it('a temporary refusal is retried, then failed with the server’s answer after the last attempt', async () => {
    const id = await invitation('refused@example.org');
    smtp.refuse = { code: 451, message: 'Mailbox busy, try later' };
    const options = worker(smtp.url, { maxAttempts: 3 });
    expect(await deliverDue(options)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'retrying', attempts: 1 });
    expect((await row(id)).lastError).toContain('451');
    expect((await row(id)).lastError).toContain('Mailbox busy');
    await deliverDue(options);
    expect(await deliverDue(options)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.lastError).toContain('Mailbox busy');
    expect(smtp.received).toHaveLength(0);
  });

  it('a permanent refusal (5xx) fails at once with the answer', async () => {
    const id = await invitation('nobody@example.org');
    smtp.refuse = { code: 550, message: 'No such user here' };
    expect(await deliverDue(worker())).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await row(id)).lastError).toContain('No such user here');
  });

  it('waits for the backoff before the next attempt', async () => {
    const id = await invitation('later@example.org');
    smtp.refuse = { code: 421, message: 'Service not available' };
    await deliverDue(worker(smtp.url, { backoffMs: () => 60_000 }));
    smtp.refuse = null;
    expect(await deliverDue(worker())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const retrying = await row(id);
    expect(retrying.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it('keeps messages while the server is down and sends them when it is back', async () => {
    const port = await freePort();
    const downUrl = `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}/?requireTLS=true&tls.rejectUnauthorized=false`;
    const id = await invitation('patient@example.org');
    expect(await deliverDue(worker(downUrl))).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect((await row(id)).lastError).toContain('ECONNREFUSED');
    const back = await startTestSmtpServer(port);
    try {
      expect(await deliverDue(worker(back.url))).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(back.received.map((mail) => mail.envelopeTo)).toEqual([['patient@example.org']]);
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      await back.close();
    }
  });

  it('two workers at once send each message exactly once', async () => {
    for (let i = 0; i < 6; i++) await invitation(`many-${i}@example.org`);
    const [a, b] = await Promise.all([
      deliverDue(worker(smtp.url, { batchSize: 4 })),
      deliverDue(worker(smtp.url, { batchSize: 4 })),
    ]);
    await deliverDue(worker());
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBeGreaterThanOrEqual(4);
    const recipients = smtp.received.map((mail) => mail.envelopeTo[0]).sort();
    expect(recipients).toEqual([0, 1, 2, 3, 4, 5].map((i) => `many-${i}@example.org`));
    expect(await db.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(6);
  });

  it('a message held by a worker that died is sent by another after the lease, with the same Message-ID', async () => {
    const id = await invitation('orphan@example.org');
    // A worker claims it for 300 ms and dies before sending.
    await claimDueMessages(db.prisma, 10, 300);
    expect(await row(id)).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await deliverDue(worker())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await deliverDue(worker())).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.received[0]?.parsed.messageId).toMatch(/^<outbox-\d+\.[0-9a-f]{16}@registry\.example\.ru>$/);
  });
});
