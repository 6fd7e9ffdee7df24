// «Уведомления» of the signed-in user: read, mark read, and choose which kinds come by mail.
// Everyone reads and changes only their own; there is nothing else to decide.
import {
  CONFIGURABLE_KINDS,
  type MailPreferences,
  type MarkReadBody,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationList,
  type UnreadCount,
  type UpdateMailPreferencesBody,
} from '@registry/contracts/notifications';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { Actor } from '../auth';
import {
  countUnread,
  findPreferences,
  listNotifications,
  markRead,
  upsertPreferences,
} from './notifications.repository';
import { wantsMail } from './notify';

const LIST_LIMIT = 100;

const isKind = (kind: string): kind is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind);

export async function listMine(prisma: PrismaClient, actor: Actor): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([
    listNotifications(prisma, actor.id, LIST_LIMIT),
    countUnread(prisma, actor.id),
  ]);
  return {
    items: rows
      .filter((row) => isKind(row.kind))
      .map((row) => ({
        id: row.id,
        kind: row.kind as NotificationKind,
        title: row.title,
        body: row.body,
        link: row.link,
        read: row.readAt !== null,
        createdAt: row.createdAt.toISOString(),
      })),
    unread,
  };
}

export async function unreadCount(prisma: PrismaClient, actor: Actor): Promise<UnreadCount> {
  return { unread: await countUnread(prisma, actor.id) };
}

export async function markMineRead(
  prisma: PrismaClient,
  actor: Actor,
  body: MarkReadBody,
): Promise<UnreadCount> {
  await markRead(prisma, actor.id, body.all ? 'all' : (body.ids ?? []));
  return unreadCount(prisma, actor);
}

export async function myPreferences(prisma: PrismaClient, actor: Actor): Promise<MailPreferences> {
  const prefs = await findPreferences(prisma, actor.id);
  return { items: CONFIGURABLE_KINDS.map((kind) => ({ kind, byMail: wantsMail(prefs, kind) })) };
}

export async function updateMyPreferences(
  prisma: PrismaClient,
  actor: Actor,
  body: UpdateMailPreferencesBody,
): Promise<MailPreferences> {
  await prisma.$transaction((tx) => upsertPreferences(tx, actor.id, body.items));
  return myPreferences(prisma, actor);
}
