// Notifications, their readers and the mail preferences: Prisma calls only.
import type { UserRole } from '@registry/contracts/auth';
import type { Prisma } from '@registry/db/generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** Active accounts among `ids`, with their address and the mail choices they made. */
export async function findRecipients(tx: Tx, ids: readonly number[]) {
  return tx.user.findMany({
    where: { id: { in: [...ids] }, status: 'active' },
    select: {
      id: true,
      email: true,
      name: true,
      notificationPrefs: { select: { kind: true, byMail: true } },
    },
  });
}

export async function insertNotifications(
  tx: Tx,
  rows: { userId: number; kind: string; title: string; body: string; link: string | null }[],
) {
  if (rows.length > 0) await tx.notification.createMany({ data: rows });
}

/** Active staff of some roles, optionally of one region: who to tell. */
export async function findStaffIds(tx: Tx, roles: readonly UserRole[], regionCode?: string | null) {
  const rows = await tx.user.findMany({
    where: {
      role: { in: [...roles] },
      status: 'active',
      ...(regionCode ? { regionCode } : {}),
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => row.id);
}

const notificationSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} as const;

export async function listNotifications(tx: Tx, userId: number, limit: number) {
  return tx.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: notificationSelect,
  });
}

export async function countUnread(tx: Tx, userId: number) {
  return tx.notification.count({ where: { userId, readAt: null } });
}

/** Marks the user's own notifications read; ids of other users are silently not theirs. */
export async function markRead(tx: Tx, userId: number, ids: readonly number[] | 'all') {
  const { count } = await tx.notification.updateMany({
    where: { userId, readAt: null, ...(ids === 'all' ? {} : { id: { in: [...ids] } }) },
    data: { readAt: new Date() },
  });
  return count;
}

export async function findPreferences(tx: Tx, userId: number) {
  return tx.notificationPreference.findMany({
    where: { userId },
    select: { kind: true, byMail: true },
  });
}

export async function upsertPreferences(
  tx: Tx,
  userId: number,
  items: readonly { kind: string; byMail: boolean }[],
) {
  for (const item of items) {
    await tx.notificationPreference.upsert({
      where: { userId_kind: { userId, kind: item.kind } },
      create: { userId, kind: item.kind, byMail: item.byMail },
      update: { byMail: item.byMail },
      select: { userId: true },
    });
  }
}
