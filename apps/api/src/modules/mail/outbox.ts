// Writing a message into the outbox. The row is written with the caller's transaction client,
// so the message exists exactly when the change that causes it is committed.
import type { Prisma } from '@registry/db/generated/prisma/client';
import { insertOutboxMessage } from './outbox.repository';
import { type MailTemplateName, type MailTemplates, renderMail } from './templates';

/** One message: who gets it, which template with which data, and for mass mail the unsubscribe link. */
export type MailMessage = {
  [K in MailTemplateName]: {
    /** One address. */
    to: string;
    template: K;
    /** Links in data are app paths (/invite/…) or absolute URLs. */
    data: MailTemplates[K];
    /**
     * Mass mail (digests, alerts): the one-click unsubscribe address, an app path or absolute.
     * It adds List-Unsubscribe and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058);
     * a POST to it must unsubscribe without further questions.
     */
    unsubscribeUrl?: string | undefined;
  };
}[MailTemplateName];

/**
 * Writes one message into the outbox inside the caller's transaction (or directly with the
 * client, when the message is the only write). Returns the outbox row's id.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, message: MailMessage): Promise<number> {
  // The subject does not depend on the public address; kept in the row for the admin list.
  const { subject } = renderMail(message.template, message.data as never, '');
  return insertOutboxMessage(tx, {
    recipient: message.to.trim().toLowerCase(),
    template: message.template,
    data: message.data as unknown as Prisma.InputJsonValue,
    subject: subject.slice(0, 300),
    unsubscribeUrl: message.unsubscribeUrl ?? null,
  });
}
