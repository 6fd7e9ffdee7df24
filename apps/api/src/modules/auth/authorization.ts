// Who may call a route at all, decided from the session before the handler runs: the route-side
// half of authorisation (services decide regions and ownership from the Actor). Refusals are
// logged in the security log.
import type { UserRole } from '@registry/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import { type Actor, type Origin, toActor } from './actor';
import { logSecurityEvent } from './security-log.repository';

/** The plain facts about a request that services log: address, method, path, user agent. */
export const originOf = (request: FastifyRequest): Origin => ({
  ip: request.ip,
  method: request.method,
  path: request.url.split('?')[0] ?? '',
  userAgent: request.headers['user-agent'],
});

export async function requireUser(request: FastifyRequest): Promise<Actor> {
  if (request.session) return toActor(request.session.user);
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'access_refused',
    ip: request.ip,
    detail: { reason: 'not_signed_in', method: request.method, url: request.url.split('?')[0] },
  });
  throw new AppError('UNAUTHENTICATED', { status: 401, detail: 'Войдите в систему, чтобы продолжить' });
}

export async function requireRole(request: FastifyRequest, roles: readonly UserRole[]): Promise<Actor> {
  const actor = await requireUser(request);
  if (roles.includes(actor.role)) return actor;
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'access_refused',
    userId: actor.id,
    ip: request.ip,
    detail: { reason: 'role', role: actor.role, method: request.method, url: request.url.split('?')[0] },
  });
  throw new AppError('FORBIDDEN', { status: 403, detail: 'У вашей роли нет доступа к этому действию' });
}
