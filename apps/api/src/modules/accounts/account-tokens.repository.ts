// Single-use link tokens for invitations and password resets. The link carries a random
// token; the database keeps only its SHA-256, an expiry and when it was used.
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { tokenId } from '../auth';

export type TokenPurpose = 'invitation' | 'password_reset';

/** How long a link stays valid. */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  invitation: 72 * 3600 * 1000,
  password_reset: 3600 * 1000,
};

/** The path of the web page a link opens. */
export const linkPath: Record<TokenPurpose, (token: string) => string> = {
  invitation: (token) => `/invite/${token}`,
  password_reset: (token) => `/password-reset/${token}`,
};

type Tx = Prisma.TransactionClient;

export async function issueToken(
  tx: Tx,
  purpose: TokenPurpose,
  userId: number,
  createdById: number | null,
  now = Date.now(),
) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + TOKEN_TTL_MS[purpose]);
  await tx.oneTimeToken.create({
    data: { tokenHash: tokenId(token), purpose, userId, createdById, expiresAt },
    select: { id: true },
  });
  return { token, expiresAt };
}

const notFound = () =>
  new AppError('LINK_NOT_FOUND', {
    status: 404,
    detail: 'Ссылка не найдена. Проверьте, что она скопирована целиком.',
  });
const gone = (reason: 'used' | 'expired') =>
  new AppError(reason === 'used' ? 'LINK_USED' : 'LINK_EXPIRED', {
    status: 410,
    detail:
      reason === 'used'
        ? 'Ссылка уже использована. Запросите новую.'
        : 'Срок действия ссылки истёк. Запросите новую.',
  });

/** The token's row with its user, or 404 when unknown and 410 when used or expired. */
export async function findUsableToken(tx: Tx, purpose: TokenPurpose, token: string) {
  const row = await tx.oneTimeToken.findUnique({
    where: { tokenHash: tokenId(token) },
    select: {
      id: true,
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, status: true } },
    },
  });
  if (!row || row.purpose !== purpose) throw notFound();
  if (row.usedAt) throw gone('used');
  if (row.expiresAt.getTime() <= Date.now()) throw gone('expired');
  return row;
}

/**
 * Marks the token used, only if it still is usable: of two concurrent requests with one link,
 * exactly one succeeds.
 */
export async function consumeToken(tx: Tx, id: number) {
  const now = new Date();
  const { count } = await tx.oneTimeToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) throw gone('used');
}

/** Used when the account behind a token is no longer in the state the link was made for. */
export const linkNoLongerValid = () => gone('used');

/**
 * Uses up every live link of `purpose` for the user (only those the person asked for
 * themselves with `selfRequestedOnly`), so a new link supersedes them.
 */
export async function expireTokens(
  tx: Tx,
  userId: number,
  purpose: TokenPurpose,
  options: { selfRequestedOnly?: boolean; now?: Date } = {},
) {
  await tx.oneTimeToken.updateMany({
    where: { userId, purpose, usedAt: null, ...(options.selfRequestedOnly ? { createdById: null } : {}) },
    data: { usedAt: options.now ?? new Date() },
  });
}
