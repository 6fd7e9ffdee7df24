// Expected failures shared by the account services, and the refusal log entry they leave.
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { logSecurityEvent, type Origin } from '../auth';
import { regionExists } from './accounts.repository';

/** Logs a refused account action and returns the 403 to throw. */
export async function forbidden(
  prisma: PrismaClient,
  origin: Origin,
  actorId: number,
  reason: string,
  detail: string,
  field?: string,
) {
  await logSecurityEvent(prisma, {
    kind: 'access_refused',
    userId: actorId,
    ip: origin.ip,
    detail: { reason, method: origin.method, url: origin.path },
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

export async function assertRegionExists(prisma: PrismaClient, code: string, field: string) {
  if (!(await regionExists(prisma, code)))
    throw invalidField(field, `Региона с кодом ${code} нет в справочнике`);
}
