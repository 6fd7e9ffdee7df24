// The security log: every login attempt, logout and refused access, for admins to read.
// Throttling counts live in rate_limits (see rate-limits.ts), not here.
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { type RateLimitResult, setEpisodeEvent, takeSlot } from './rate-limits.repository';

export type SecurityEventKind =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_throttled'
  | 'logout'
  | 'access_refused'
  | 'csrf_refused'
  | 'user_created'
  | 'login_refused'
  | 'invitation_created'
  | 'invitation_accepted'
  | 'password_reset_requested'
  | 'password_reset_completed'
  | 'password_reset_link_issued'
  | 'password_changed'
  | 'password_change_failed'
  | 'account_updated'
  | 'totp_enabled'
  | 'totp_disabled'
  | 'role_policy_changed'
  | 'security_log_capped'
  | 'invitation_resent'
  | 'invitation_revoked';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  userId?: number | null;
  email?: string | null;
  ip?: string | null;
  detail?: object;
}

/** How many rows one address may add to the log per window; the rest are counted in one row. */
export const SECURITY_LOG_CAP_PER_SOURCE = 600;
export const SECURITY_LOG_CAP_WINDOW_MS = 15 * 60 * 1000;

/**
 * Writes an event, unless its source (address) has already written its share of the log this
 * window: then the event is dropped and counted in one `security_log_capped` row, so no client
 * can flood the log (or the disk) however many requests it sends.
 */
export async function logSecurityEvent(
  prisma: PrismaClient,
  event: SecurityEventInput,
  options: { capPerSource?: number } = {},
): Promise<void> {
  if (event.ip) {
    const key = `log:${event.ip}`;
    const slot = await takeSlot(
      prisma,
      key,
      options.capPerSource ?? SECURITY_LOG_CAP_PER_SOURCE,
      SECURITY_LOG_CAP_WINDOW_MS,
    );
    if (!slot.ok) {
      await recordEpisode(prisma, key, slot, { kind: 'security_log_capped', ip: event.ip });
      return;
    }
  }
  await writeEvent(prisma, event);
}

function writeEvent(prisma: PrismaClient, event: SecurityEventInput) {
  return prisma.securityEvent.create({
    data: {
      kind: event.kind,
      userId: event.userId ?? null,
      email: event.email ?? null,
      ip: event.ip ?? null,
      detail: (event.detail ?? {}) as object,
    },
    select: { id: true },
  });
}

/**
 * A throttling episode is one row however long it lasts: the first refusal of a window writes
 * it (with `count: 1`), later ones only raise its `count` and `lastAt`.
 */
export async function recordEpisode(
  prisma: PrismaClient,
  key: string,
  slot: Extract<RateLimitResult, { ok: false }>,
  event: SecurityEventInput,
): Promise<void> {
  if (slot.refused === 1) {
    const row = await writeEvent(prisma, {
      ...event,
      detail: { ...event.detail, count: 1, lastAt: new Date().toISOString() },
    });
    await setEpisodeEvent(prisma, key, row.id);
  } else if (slot.episodeEventId !== null) {
    await prisma.$executeRaw`
      UPDATE security_events
      SET detail = detail || jsonb_build_object('count', ${slot.refused}::int, 'lastAt', ${new Date().toISOString()}::text)
      WHERE id = ${slot.episodeEventId}`;
  }
}
