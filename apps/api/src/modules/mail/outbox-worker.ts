// Delivers the outbox. Each round claims due messages (outbox.repository.ts claimDueMessages:
// FOR UPDATE SKIP LOCKED and a lease, so two processes never take the same message), sends each
// outside any transaction, and records the server's answer: sent; a temporary failure is retried
// with exponential backoff; a 5xx refusal, or the last attempt, is failed with the answer kept.
// A process that dies mid-send leaves the message leased: after the lease another worker sends
// it again (at-least-once; the Message-ID stays the same so receivers can tell).
import { createHash } from 'node:crypto';
import type { Database } from '@registry/db/database';
import { type ClaimedMessage, claimDueMessages, markFailed, markRetry, markSent } from './outbox.repository';
import { isMailTemplate, renderMail } from './templates';
import { describeFailure, isPermanentFailure, type MailTransport } from './transport';

export interface OutboxWorkerOptions {
  db: Database;
  transport: MailTransport;
  /** From: header (MAIL_FROM). */
  from: string;
  /** Links in messages start with it (PUBLIC_URL). */
  publicUrl: string;
  /** Attempts before a message is failed for good. */
  maxAttempts?: number;
  /** Wait before attempt n+1 after n failed attempts. */
  backoffMs?: (failedAttempts: number) => number;
  /** How long a claimed message is held before another worker may take it. */
  leaseMs?: number;
  batchSize?: number;
  log?: { warn(obj: object, msg?: string): void };
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** 1, 2, 4, 8 … minutes, at most 6 hours, with ±20 % jitter so retries of many messages spread out. */
export function defaultBackoffMs(failedAttempts: number): number {
  const base = Math.min(60_000 * 2 ** (failedAttempts - 1), 6 * 3_600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** A Message-ID fixed per outbox row, so a resend after a crash is recognisably the same message. */
export function messageIdFor(id: number, publicUrl: string): string {
  const host = new URL(publicUrl).hostname || 'localhost';
  const tag = createHash('sha256').update(`${publicUrl}#${id}`).digest('hex').slice(0, 16);
  return `<outbox-${id}.${tag}@${host}>`;
}

export function buildOutgoing(
  message: ClaimedMessage,
  options: Pick<OutboxWorkerOptions, 'from' | 'publicUrl'>,
) {
  if (!isMailTemplate(message.template)) throw new Error(`unknown mail template ${message.template}`);
  const rendered = renderMail(
    message.template,
    message.data as never,
    options.publicUrl,
    message.unsubscribeUrl,
  );
  const headers: Record<string, string> = {};
  if (message.unsubscribeUrl) {
    const url = new URL(message.unsubscribeUrl, `${options.publicUrl}/`).toString();
    headers['List-Unsubscribe'] = `<${url}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from: options.from,
    to: message.recipient,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId: messageIdFor(message.id, options.publicUrl),
    headers,
  };
}

export interface DeliveryRound {
  sent: number;
  retrying: number;
  failed: number;
}

/** One round: claims up to batchSize due messages and tries each once. */
export async function deliverDue(options: OutboxWorkerOptions): Promise<DeliveryRound> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = options.backoffMs ?? defaultBackoffMs;
  const claimed = await claimDueMessages(
    options.db.prisma,
    options.batchSize ?? 10,
    options.leaseMs ?? 5 * 60_000,
  );
  const round: DeliveryRound = { sent: 0, retrying: 0, failed: 0 };
  for (const message of claimed) {
    try {
      const info = await options.transport.send(buildOutgoing(message, options));
      await markSent(options.db.prisma, message.id, info.messageId);
      round.sent++;
    } catch (error) {
      const answer = describeFailure(error);
      if (isPermanentFailure(error) || message.attempts >= maxAttempts) {
        await markFailed(options.db.prisma, message.id, answer);
        round.failed++;
        options.log?.warn({ outboxId: message.id, answer }, 'mail: delivery failed for good');
      } else {
        await markRetry(
          options.db.prisma,
          message.id,
          answer,
          new Date(Date.now() + backoff(message.attempts)),
        );
        round.retrying++;
      }
    }
  }
  return round;
}

/** Delivers now and then every `everyMs` (a full batch goes on at once); returns the stop function. */
export function startOutboxWorker(options: OutboxWorkerOptions, everyMs = 5_000): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const loop = async () => {
    if (stopped) return;
    let more = false;
    try {
      const round = await deliverDue(options);
      more = round.sent + round.retrying + round.failed >= (options.batchSize ?? 10);
    } catch (error) {
      options.log?.warn({ err: error }, 'mail: could not read the outbox');
    }
    if (!stopped) {
      timer = setTimeout(
        () => {
          running = loop();
        },
        more ? 0 : everyMs,
      );
      timer.unref();
    }
  };
  running = loop();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    options.transport.close();
  };
}
