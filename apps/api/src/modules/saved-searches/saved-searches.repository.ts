// Prisma calls of saved searches: subscriptions and their links' tokens (SHA-256 only), the
// news of a digest, and the purge of what is no longer needed.
import { randomBytes } from 'node:crypto';
import { type SavedSearchFilters, SavedSearchFiltersSchema } from '@registry/contracts/saved-searches';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { readJson } from '../../lib/json-column';
import { tokenId } from '../auth';

type Tx = Prisma.TransactionClient | PrismaClient;

const columns = {
  id: true,
  email: true,
  query: true,
  frequency: true,
  createdAt: true,
  confirmedAt: true,
  checkedUntil: true,
  lastSentAt: true,
} as const;

export type SavedSearchRow = Omit<Prisma.SavedSearchGetPayload<{ select: typeof columns }>, 'query'> & {
  query: SavedSearchFilters;
};

const typed = <T extends { query: unknown }>(row: T): Omit<T, 'query'> & { query: SavedSearchFilters } => ({
  ...row,
  query: readJson(SavedSearchFiltersSchema, row.query, 'saved_searches.query'),
});

export async function findByEmailAndKey(tx: Tx, email: string, queryKey: string) {
  const row = await tx.savedSearch.findUnique({
    where: { email_queryKey: { email, queryKey } },
    select: columns,
  });
  return row ? typed(row) : null;
}

export function countByEmail(tx: Tx, email: string) {
  return tx.savedSearch.count({ where: { email } });
}

export async function createSavedSearch(
  tx: Tx,
  data: {
    email: string;
    query: SavedSearchFilters;
    queryKey: string;
    frequency: 'daily' | 'weekly';
    confirmedAt: Date | null;
  },
) {
  const row = await tx.savedSearch.create({
    data: { ...data, checkedUntil: data.confirmedAt },
    select: columns,
  });
  return typed(row);
}

export async function listByEmail(tx: Tx, email: string) {
  const rows = await tx.savedSearch.findMany({
    where: { email },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: columns,
  });
  return rows.map(typed);
}

export async function findById(tx: Tx, id: number) {
  const row = await tx.savedSearch.findUnique({ where: { id }, select: columns });
  return row ? typed(row) : null;
}

export async function updateFrequency(tx: Tx, id: number, frequency: 'daily' | 'weekly') {
  return typed(await tx.savedSearch.update({ where: { id }, data: { frequency }, select: columns }));
}

/** Confirms a pending subscription; news count from the moment of confirmation. */
export async function confirm(tx: Tx, id: number, now: Date) {
  await tx.savedSearch.updateMany({
    where: { id, confirmedAt: null },
    data: { confirmedAt: now, checkedUntil: now },
  });
}

export async function deleteSavedSearch(tx: Tx, id: number) {
  await tx.savedSearch.deleteMany({ where: { id } });
}

export async function emailOfUser(tx: Tx, userId: number) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
  return user?.email.toLowerCase() ?? null;
}

// --- Link tokens ------------------------------------------------------------------------------

/** Creates a link token; the database keeps only its SHA-256. */
export async function issueToken(
  tx: Tx,
  savedSearchId: number,
  purpose: 'confirm' | 'manage',
  ttlMs: number,
  now = new Date(),
) {
  const token = randomBytes(32).toString('base64url');
  await tx.savedSearchToken.create({
    data: {
      tokenHash: tokenId(token),
      savedSearchId,
      purpose,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlMs),
    },
    select: { tokenHash: true },
  });
  return token;
}

/** The subscription a live token opens, or null (unknown, expired, or its subscription gone). */
export async function findByToken(tx: Tx, token: string, now = new Date()) {
  const row = await tx.savedSearchToken.findUnique({
    where: { tokenHash: tokenId(token) },
    select: { purpose: true, expiresAt: true, savedSearch: { select: columns } },
  });
  if (!row || row.expiresAt <= now) return null;
  return { purpose: row.purpose, savedSearch: typed(row.savedSearch) };
}

/** A used confirmation link becomes the subscription's management link. */
export async function turnIntoManageToken(tx: Tx, token: string, ttlMs: number, now: Date) {
  await tx.savedSearchToken.updateMany({
    where: { tokenHash: tokenId(token), purpose: 'confirm' },
    data: { purpose: 'manage', expiresAt: new Date(now.getTime() + ttlMs) },
  });
}

// --- Digests ----------------------------------------------------------------------------------

/** Confirmed subscriptions whose digest is due: daily ones every run, weekly ones after ~7 days. */
export async function findDue(tx: Tx, now: Date, weeklyAfterMs: number, dailyAfterMs: number) {
  const rows = await tx.savedSearch.findMany({
    where: {
      confirmedAt: { not: null },
      OR: [
        { frequency: 'daily', checkedUntil: { lte: new Date(now.getTime() - dailyAfterMs) } },
        { frequency: 'weekly', checkedUntil: { lte: new Date(now.getTime() - weeklyAfterMs) } },
      ],
    },
    orderBy: { id: 'asc' },
    select: columns,
  });
  return rows.map(typed);
}

export interface NewsRow {
  id: number;
  slug: string;
  title: string;
  region_name: string;
  status: 'published' | 'recommended';
  became_at: Date;
}

/**
 * Public practices among `ids` that became public (published from a non-public status, or
 * restored from the archive) or newly recommended in (since, until]: from the practice history,
 * not from the current status alone, so an edit of a long-published practice is not news.
 */
export async function findNews(tx: Tx, ids: number[], since: Date, until: Date): Promise<NewsRow[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<NewsRow[]>`
    SELECT p.id, p.slug, p.title, r.name_ru AS region_name, p.status::text AS status, max(e.at) AS became_at
      FROM practices p
      JOIN regions r ON r.code = p.region_code
      JOIN practice_events e ON e.practice_id = p.id
     WHERE p.id = ANY(${ids}::int[])
       AND p.status IN ('published', 'recommended')
       AND e.at > ${since} AND e.at <= ${until}
       AND ((e.to_status = 'published' AND e.from_status IS DISTINCT FROM 'recommended'
                                        AND e.from_status IS DISTINCT FROM 'published')
         OR (e.to_status = 'recommended' AND e.from_status IS DISTINCT FROM 'recommended'))
     GROUP BY p.id, r.name_ru
     ORDER BY max(e.at) DESC, p.id DESC`;
}

/** Moves the digest's window on, only if no other run did (several processes, one digest). */
export async function advance(tx: Tx, id: number, from: Date, until: Date, sent: boolean) {
  const { count } = await tx.savedSearch.updateMany({
    where: { id, checkedUntil: from },
    data: { checkedUntil: until, ...(sent ? { lastSentAt: until } : {}) },
  });
  return count === 1;
}

/** Deletes unconfirmed subscriptions made before `before`, and expired links. */
export async function purge(tx: Tx, before: Date, now: Date) {
  const pending = await tx.savedSearch.deleteMany({
    where: { confirmedAt: null, createdAt: { lt: before } },
  });
  const tokens = await tx.savedSearchToken.deleteMany({ where: { expiresAt: { lte: now } } });
  return { subscriptions: pending.count, tokens: tokens.count };
}
