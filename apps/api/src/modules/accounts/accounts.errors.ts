// Expected failures shared by the account services, and the refusal log entry they leave.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import { logSecurityEvent } from '../auth/security-log';

/** Logs a refused account action and returns the 403 to throw. */
export async function forbidden(
  request: FastifyRequest,
  actorId: number,
  reason: string,
  detail: string,
  field?: string,
) {
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'access_refused',
    userId: actorId,
    ip: request.ip,
    detail: { reason, method: request.method, url: request.url.split('?')[0] },
  });
  return new AppError('FORBIDDEN', {
    status: 403,
    detail,
    ...(field ? { errors: [{ field, message: detail }] } : {}),
  });
}

export const accountNotFound = (id: number) =>
  new AppError('ACCOUNT_NOT_FOUND', { status: 404, detail: `Учётная запись №${id} не найдена` });

/** A 400 naming one field, shaped like the schema validation problems. */
export const invalidField = (field: string, message: string) =>
  new AppError('VALIDATION_ERROR', {
    status: 400,
    detail: `Проверьте поля: ${field}`,
    errors: [{ field, message }],
  });

export async function assertRegionExists(request: FastifyRequest, code: string, field: string) {
  const region = await request.server.db.prisma.region.findUnique({
    where: { code },
    select: { code: true },
  });
  if (!region) throw invalidField(field, `Региона с кодом ${code} нет в справочнике`);
}
