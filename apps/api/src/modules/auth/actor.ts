// The signed-in caller as every service and rule sees it. Made once from the session, so the
// same service serves a route, a CLI or a scheduled job: none of them hands it a request.
import type { UserRole } from '@registry/contracts/auth';
import type { SessionUser } from './sessions.repository';

export interface Actor {
  id: number;
  role: UserRole;
  /** A coordinator's region (an expert's home region, when known); null for other roles. */
  regionCode: string | null;
}

export const toActor = (user: Pick<SessionUser, 'id' | 'role' | 'region'>): Actor => ({
  id: user.id,
  role: user.role,
  regionCode: user.region?.code ?? null,
});

/**
 * Where a request came from, as the security log records it: plain values a route takes from
 * its request (`originOf` in authorization.ts), so services never see the request itself.
 */
export interface Origin {
  ip: string;
  method: string;
  /** The address without its query string. */
  path: string;
  userAgent?: string | undefined;
}
