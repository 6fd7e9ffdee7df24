// The answer to a save or a move based on an old revision. A save also gets who made the current
// revision ("you, in another tab" when it was the same account) and the passport as saved, so the
// editor can show both versions of each field and let the person choose.
import type { StaleRevisionProblem } from '@registry/contracts/submissions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { toDraftPassport } from './managed-passport';
import { findManaged } from './submissions.repository';
import { findRevisionAuthor } from './workflow.repository';

export const staleRevision = (current: number) =>
  new AppError('STALE_REVISION', {
    status: 409,
    detail: `Практику уже изменили (текущая редакция ${current}). Обновите страницу: ваши изменения не сохранены.`,
    errors: [{ field: 'body.revision', message: `Текущая редакция: ${current}` }],
  });

/** A stale PATCH of the passport: the problem carries the current passport and its author. */
export async function staleSave(prisma: PrismaClient, actor: Actor, id: number): Promise<AppError> {
  const row = await findManaged(prisma, id);
  if (!row) return staleRevision(0);
  const event = await findRevisionAuthor(prisma, id, row.revision);
  const self = event?.actorId === actor.id;
  const who = self
    ? 'Вы сохранили паспорт в другой вкладке или окне'
    : `Паспорт сохранил(а) ${event?.actor?.name ?? 'другой пользователь'}`;
  const current: NonNullable<StaleRevisionProblem['current']> = {
    revision: row.revision,
    savedBy: event ? { name: event.actor?.name ?? null, self, at: event.at.toISOString() } : null,
    passport: toDraftPassport(row),
  };
  return new AppError('STALE_REVISION', {
    status: 409,
    detail: `${who} (редакция ${row.revision}), поэтому эти изменения не сохранены. Сравните версии и выберите, что оставить.`,
    errors: [{ field: 'body.revision', message: `Текущая редакция: ${row.revision}` }],
    extensions: { current },
  });
}
