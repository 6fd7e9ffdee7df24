// notify(): in-app notifications and, for each user whose choices allow the kind, a mail — both
// written with the caller's transaction client, so they exist exactly when the change does.

import type { UserRole } from '@registry/contracts/auth';
import { mailByDefault, type NotificationKind } from '@registry/contracts/notifications';
import type { Prisma } from '@registry/db/generated/prisma/client';
import { enqueueMail } from '../mail';
import { findRecipients, findStaffIds, insertNotifications } from './notifications.repository';

export interface NotifyInput {
  /** Who to tell; inactive or unknown accounts are skipped, duplicates counted once. */
  userIds: readonly number[];
  kind: NotificationKind;
  /** One line, Russian: what happened («Практика «…» возвращена на доработку»). */
  title: string;
  /** Optional details (a moderator's comment, a due date). */
  body?: string | undefined;
  /** Where to act: an app path (/staff/reviews/12) or an absolute URL. */
  link?: string | null | undefined;
  /** Mass mail only (digests): the one-click unsubscribe address for the mail. */
  unsubscribeUrl?: string | undefined;
}

/** Whether `kind` comes by mail for a user with these choices. */
export function wantsMail(prefs: readonly { kind: string; byMail: boolean }[], kind: NotificationKind) {
  return prefs.find((pref) => pref.kind === kind)?.byMail ?? mailByDefault(kind);
}

/**
 * Notifies users: one row in «Уведомления» each, and one mail each where their preferences allow
 * the kind. Returns how many were notified and how many mails were queued.
 */
export async function notify(
  tx: Prisma.TransactionClient,
  input: NotifyInput,
): Promise<{ notified: number; mailed: number }> {
  const ids = [...new Set(input.userIds)];
  if (ids.length === 0) return { notified: 0, mailed: 0 };
  const recipients = await findRecipients(tx, ids);
  const body = input.body ?? '';
  const link = input.link ?? null;
  await insertNotifications(
    tx,
    recipients.map((user) => ({
      userId: user.id,
      kind: input.kind,
      title: input.title.slice(0, 300),
      body,
      link,
    })),
  );
  let mailed = 0;
  for (const user of recipients) {
    if (!wantsMail(user.notificationPrefs, input.kind)) continue;
    await enqueueMail(tx, {
      to: user.email,
      template: 'notification',
      data: { name: user.name, title: input.title, body, link, kind: input.kind },
      unsubscribeUrl: input.unsubscribeUrl,
    });
    mailed++;
  }
  return { notified: recipients.length, mailed };
}

/** Active staff with one of `roles` (of `regionCode` when given): the usual audience of notify(). */
export function staffToNotify(
  tx: Prisma.TransactionClient,
  roles: readonly UserRole[],
  regionCode?: string | null,
): Promise<number[]> {
  return findStaffIds(tx, roles, regionCode);
}
