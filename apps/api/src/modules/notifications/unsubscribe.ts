// One-click unsubscribe from a kind of mass mail (RFC 8058). The mail's link carries a token
// signed with the installation's mail secret: `<user id>.<kind>.<HMAC>`; nothing is stored until
// it is used, and a forged or altered token is refused.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  notificationKindLabels,
  type Unsubscribed,
} from '@registry/contracts/notifications';
import type { Prisma } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { mailSecret, upsertPreferences } from './notifications.repository';

type Tx = Prisma.TransactionClient;

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest('base64url');

/** The one-click address for `kind` of user `userId` (an app path under /api). */
export async function unsubscribePath(tx: Tx, userId: number, kind: NotificationKind): Promise<string> {
  const payload = `${userId}.${kind}`;
  return `/api/notifications/unsubscribe?token=${payload}.${sign(await mailSecret(tx, randomBytes(32).toString('base64url')), payload)}`;
}

const invalid = () =>
  new AppError('UNSUBSCRIBE_LINK_INVALID', {
    status: 400,
    detail:
      'Ссылка для отписки недействительна. Откройте её из письма целиком или выберите уведомления в настройках.',
    errors: [{ field: 'query.token', message: 'Ссылка недействительна' }],
  });

/** Switches the token's kind off by mail for its user; the same token may be used again. */
export async function unsubscribe(prisma: Tx, token: string): Promise<Unsubscribed> {
  const match = /^(\d{1,10})\.([a-z_]{1,48})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) throw invalid();
  const [, id, kind, mac] = match as unknown as [string, string, string, string];
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) throw invalid();
  const expected = Buffer.from(
    sign(await mailSecret(prisma, randomBytes(32).toString('base64url')), `${id}.${kind}`),
  );
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  const userId = Number(id);
  if ((await prisma.user.count({ where: { id: userId } })) === 0) throw invalid();
  await upsertPreferences(prisma, userId, [{ kind, byMail: false }]);
  return { kind: kind as NotificationKind, label: notificationKindLabels[kind as NotificationKind] };
}
