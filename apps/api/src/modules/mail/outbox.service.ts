// «Исходящие письма»: admins read the outbox — every message with its text, links and delivery
// state — and put a failed message back in the queue.
import type {
  OutboxList,
  OutboxListQuery,
  OutboxMessage,
  OutboxMessageSummary,
} from '@registry/contracts/notifications';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { findOutboxMessage, listOutbox, requeue } from './outbox.repository';
import { isMailTemplate, linksIn, renderMail } from './templates';

function assertAdmin(actor: Actor) {
  if (actor.role !== 'admin') {
    throw new AppError('FORBIDDEN', { status: 403, detail: 'Исходящие письма видит только администратор' });
  }
}

const notFound = (id: number) =>
  new AppError('OUTBOX_MESSAGE_NOT_FOUND', {
    status: 404,
    detail: `Письма ${id} нет`,
    errors: [{ field: 'params.id', message: 'Письмо не найдено' }],
  });

type SummaryRow = Awaited<ReturnType<typeof listOutbox>>[number];

function toSummary(row: SummaryRow): OutboxMessageSummary {
  const waiting = row.status === 'pending' || row.status === 'retrying';
  return {
    id: row.id,
    recipient: row.recipient,
    subject: row.subject,
    template: row.template,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: waiting ? row.nextAttemptAt.toISOString() : null,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listOutboxMessages(
  prisma: PrismaClient,
  actor: Actor,
  query: OutboxListQuery,
  smtpConfigured: boolean,
): Promise<OutboxList> {
  assertAdmin(actor);
  const rows = await listOutbox(prisma, query);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(toSummary),
    smtpConfigured,
    nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function getOutboxMessage(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  publicUrl: string,
): Promise<OutboxMessage> {
  assertAdmin(actor);
  const row = await findOutboxMessage(prisma, id);
  if (!row) throw notFound(id);
  const rendered = isMailTemplate(row.template)
    ? renderMail(row.template, row.data as never, publicUrl, row.unsubscribeUrl)
    : { subject: row.subject, text: '', html: '' };
  return {
    ...toSummary(row),
    text: rendered.text,
    html: rendered.html,
    links: linksIn(rendered.text),
    unsubscribeUrl: row.unsubscribeUrl,
  };
}

export async function retryOutboxMessage(prisma: PrismaClient, actor: Actor, id: number) {
  assertAdmin(actor);
  const row = await findOutboxMessage(prisma, id);
  if (!row) throw notFound(id);
  if (!(await requeue(prisma, id))) {
    throw new AppError('OUTBOX_NOT_FAILED', {
      status: 409,
      detail: 'Отправить ещё раз можно только письмо, которое не удалось доставить',
    });
  }
}
