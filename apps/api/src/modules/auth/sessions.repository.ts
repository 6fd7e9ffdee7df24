// Server-side sessions. The cookie holds a random token; the database holds only its SHA-256,
// with idle and absolute expiry and revocation.
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  prisma: PrismaClient,
  userId: number,
  policy: SessionPolicy,
  client: { ip: string; userAgent: string | undefined },
) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await prisma.session.create({
    data: {
      id: tokenId(token),
      userId,
      csrfToken,
      expiresAt: new Date(Date.now() + policy.absoluteMs),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    },
  });
  return { token, csrfToken };
}

const sessionUserSelect = {
  id: true,
  csrfToken: true,
  lastSeenAt: true,
  expiresAt: true,
  revokedAt: true,
  user: {
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      region: { select: { code: true, nameRu: true } },
    },
  },
} as const;

export type ActiveSession = NonNullable<Awaited<ReturnType<typeof findActiveSession>>>;
/** The account behind a live session, as read with it. */
export type SessionUser = ActiveSession['user'];

/** The live session for a cookie token, or null when unknown, revoked, expired or disabled. */
export async function findActiveSession(prisma: PrismaClient, token: string, policy: SessionPolicy) {
  const session = await prisma.session.findUnique({
    where: { id: tokenId(token) },
    select: sessionUserSelect,
  });
  const now = Date.now();
  if (
    !session ||
    session.revokedAt ||
    session.expiresAt.getTime() <= now ||
    session.lastSeenAt.getTime() + policy.idleMs <= now ||
    session.user.status !== 'active'
  ) {
    return null;
  }
  // Idle expiry counts from the last request; writing it at most once a minute is precise enough.
  if (now - session.lastSeenAt.getTime() > 60_000) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return session;
}

export function revokeSession(prisma: PrismaClient, id: string) {
  return prisma.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user (password changed, account disabled), in a transaction if given one. */
export function revokeAllSessions(
  db: PrismaClient | Prisma.TransactionClient,
  userId: number,
  now: Date = new Date(),
) {
  return db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
