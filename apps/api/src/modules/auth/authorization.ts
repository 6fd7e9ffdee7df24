// Who may do what, decided from the session's user. Refusals are logged in the security log.
import type { UserRole } from '@registry/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import { logSecurityEvent } from './security-log';
import type { ActiveSession } from './sessions';

export type SessionUser = ActiveSession['user'];

export async function requireUser(request: FastifyRequest): Promise<SessionUser> {
  if (request.session) return request.session.user;
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'access_refused',
    ip: request.ip,
    detail: { reason: 'not_signed_in', method: request.method, url: request.url.split('?')[0] },
  });
  throw new AppError('UNAUTHENTICATED', { status: 401, detail: 'Войдите в систему, чтобы продолжить' });
}

export async function requireRole(request: FastifyRequest, roles: readonly UserRole[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (roles.includes(user.role)) return user;
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'access_refused',
    userId: user.id,
    ip: request.ip,
    detail: { reason: 'role', role: user.role, method: request.method, url: request.url.split('?')[0] },
  });
  throw new AppError('FORBIDDEN', { status: 403, detail: 'У вашей роли нет доступа к этому действию' });
}
