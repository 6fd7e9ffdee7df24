// Fixed-window counters in the database, shared by every API process. Taking a slot checks the
// limit and counts in one statement (the row is locked by INSERT … ON CONFLICT DO UPDATE), so
// concurrent requests can never all pass the check before any of them is counted.
import type { PrismaClient } from '@registry/db/generated/prisma/client';

export type RateLimitResult =
  | { ok: true }
  | {
      ok: false;
      /** Seconds until the window ends. */
      retryAfterS: number;
      /** Refusals in this window, this one included: 1 starts a throttling episode. */
      refused: number;
      episodeEventId: bigint | null;
    };

/**
 * Takes one slot of `key` (at most `limit` per `windowMs`). When the window is full, counts a
 * refusal instead and says how long to wait.
 */
export async function takeSlot(
  prisma: PrismaClient,
  key: string,
  limit: number,
  windowMs: number,
): Promise<RateLimitResult> {
  const taken = await prisma.$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limits (key, window_started_at, hits, refused)
    VALUES (${key}, now(), 1, 0)
    ON CONFLICT (key) DO UPDATE SET
      window_started_at = CASE WHEN rate_limits.window_started_at <= now() - ${windowMs}::int * interval '1 millisecond'
        THEN now() ELSE rate_limits.window_started_at END,
      hits = CASE WHEN rate_limits.window_started_at <= now() - ${windowMs}::int * interval '1 millisecond'
        THEN 1 ELSE rate_limits.hits + 1 END,
      refused = CASE WHEN rate_limits.window_started_at <= now() - ${windowMs}::int * interval '1 millisecond'
        THEN 0 ELSE rate_limits.refused END,
      episode_event_id = CASE WHEN rate_limits.window_started_at <= now() - ${windowMs}::int * interval '1 millisecond'
        THEN NULL ELSE rate_limits.episode_event_id END
    WHERE rate_limits.window_started_at <= now() - ${windowMs}::int * interval '1 millisecond'
       OR rate_limits.hits < ${limit}::int
    RETURNING hits`;
  if (taken.length > 0) return { ok: true };
  const [row] = await prisma.$queryRaw<
    { refused: number; episode_event_id: bigint | null; retry_after_s: number }[]
  >`
    UPDATE rate_limits SET refused = refused + 1 WHERE key = ${key}
    RETURNING refused, episode_event_id,
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_started_at + ${windowMs}::int * interval '1 millisecond' - now()))))::int AS retry_after_s`;
  return {
    ok: false,
    retryAfterS: row?.retry_after_s ?? Math.ceil(windowMs / 1000),
    refused: row?.refused ?? 1,
    episodeEventId: row?.episode_event_id ?? null,
  };
}

/** Gives back a slot taken for an attempt that turned out not to count (a successful login). */
export async function releaseSlot(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.$executeRaw`UPDATE rate_limits SET hits = GREATEST(hits - 1, 0) WHERE key = ${key}`;
}

/** Remembers the security event that records this window's throttling episode. */
export async function setEpisodeEvent(prisma: PrismaClient, key: string, eventId: bigint): Promise<void> {
  await prisma.$executeRaw`UPDATE rate_limits SET episode_event_id = ${eventId} WHERE key = ${key}`;
}

/** Drops counters whose window ended long ago, so keys made by guessed addresses do not pile up. */
export async function pruneRateLimits(prisma: PrismaClient, olderThanMs: number): Promise<void> {
  await prisma.$executeRaw`
    DELETE FROM rate_limits WHERE window_started_at < now() - ${olderThanMs}::int * interval '1 millisecond'`;
}
