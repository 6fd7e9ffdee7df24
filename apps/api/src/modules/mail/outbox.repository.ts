// The outbox table: writing a message inside the caller's transaction, claiming due messages
// for one worker (FOR UPDATE SKIP LOCKED plus a lease), and recording what the server answered.
import type { Prisma } from '@registry/db/generated/prisma/client';

type Tx = Prisma.TransactionClient;

export interface NewOutboxRow {
  recipient: string;
  template: string;
  data: Prisma.InputJsonValue;
  subject: string;
  unsubscribeUrl: string | null;
}

export async function insertOutboxMessage(tx: Tx, row: NewOutboxRow): Promise<number> {
  const created = await tx.outboxMessage.create({ data: row, select: { id: true } });
  return created.id;
}

export interface ClaimedMessage {
  id: number;
  recipient: string;
  template: string;
  data: unknown;
  subject: string;
  unsubscribeUrl: string | null;
  attempts: number;
}

/**
 * Takes up to `limit` due messages for this worker: pending or retrying ones whose time has come,
 * and 'sending' ones whose lease ran out (their worker died). Rows another worker is claiming
 * right now are skipped, not waited for; a claimed row is leased until `leaseMs` from now, so a
 * second process never takes it while it is being sent.
 */
export async function claimDueMessages(tx: Tx, limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
  return tx.$queryRaw<ClaimedMessage[]>`
    UPDATE "outbox_messages" AS m
    SET "status" = 'sending',
        "attempts" = m."attempts" + 1,
        "locked_until" = now() + make_interval(secs => ${leaseMs / 1000}::float8)
    FROM (
      SELECT "id" FROM "outbox_messages"
      WHERE ("status" IN ('pending', 'retrying') AND "next_attempt_at" <= now())
         OR ("status" = 'sending' AND "locked_until" < now())
      ORDER BY "next_attempt_at", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE m."id" = due."id"
    RETURNING m."id", m."recipient", m."template", m."data", m."subject",
              m."unsubscribe_url" AS "unsubscribeUrl", m."attempts"`;
}

export async function markSent(tx: Tx, id: number, smtpMessageId: string | null) {
  await tx.outboxMessage.update({
    where: { id },
    data: { status: 'sent', sentAt: new Date(), lockedUntil: null, lastError: null, smtpMessageId },
    select: { id: true },
  });
}

export async function markRetry(tx: Tx, id: number, error: string, nextAttemptAt: Date) {
  await tx.outboxMessage.update({
    where: { id },
    data: { status: 'retrying', lastError: error, nextAttemptAt, lockedUntil: null },
    select: { id: true },
  });
}

export async function markFailed(tx: Tx, id: number, error: string) {
  await tx.outboxMessage.update({
    where: { id },
    data: { status: 'failed', lastError: error, lockedUntil: null },
    select: { id: true },
  });
}

const summarySelect = {
  id: true,
  recipient: true,
  subject: true,
  template: true,
  status: true,
  attempts: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
} as const;

export async function listOutbox(
  tx: Tx,
  query: {
    status?: string | undefined;
    recipient?: string | undefined;
    limit: number;
    before?: number | undefined;
  },
) {
  return tx.outboxMessage.findMany({
    where: {
      ...(query.status ? { status: query.status as 'pending' } : {}),
      ...(query.recipient ? { recipient: { contains: query.recipient.toLowerCase() } } : {}),
      ...(query.before ? { id: { lt: query.before } } : {}),
    },
    orderBy: { id: 'desc' },
    take: query.limit + 1,
    select: summarySelect,
  });
}

export async function findOutboxMessage(tx: Tx, id: number) {
  return tx.outboxMessage.findUnique({
    where: { id },
    select: { ...summarySelect, data: true, unsubscribeUrl: true },
  });
}

/** Puts a failed message back in the queue (an admin's «Отправить ещё раз»). */
export async function requeue(tx: Tx, id: number): Promise<boolean> {
  const { count } = await tx.outboxMessage.updateMany({
    where: { id, status: 'failed' },
    data: { status: 'pending', nextAttemptAt: new Date(), attempts: 0, lockedUntil: null },
  });
  return count === 1;
}
