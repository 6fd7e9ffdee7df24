import { PUBLIC_CONTACT_MESSAGE } from '@registry/contracts/practice-passport';
// Moving a practice along its life cycle (packages/contracts practice-workflow.ts): who may take
// which action from which status, with the checks each action asks for, recorded in the history.
import type { TransitionBodySchema } from '@registry/contracts/submissions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { notifyPracticeStatus } from '../notifications';
import { missingFields } from './managed-passport';
import { slugForTitle } from './slug.service';
import { staleRevision } from './stale-revision';
import { checkTransition } from './submission-rules';
import { getManaged, loadVisible } from './submissions.service';
import { bumpRevision, recordEvent } from './workflow.repository';

export async function transition(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  body: z.output<typeof TransitionBodySchema>,
) {
  const row = await loadVisible(prisma, actor, id);
  const check = checkTransition(actor, row, body.action);
  if (!check.ok && check.reason === 'forbidden') {
    throw new AppError('FORBIDDEN', { status: 403, detail: 'У вас нет права на это действие' });
  }
  if (!check.ok) {
    throw new AppError('ILLEGAL_TRANSITION', {
      status: 409,
      detail: `Действие «${body.action}» недоступно в статусе «${row.status}»`,
    });
  }
  if (check.transition.decisionOnly) {
    throw new AppError('REVIEW_DECISION_REQUIRED', {
      status: 409,
      detail:
        'Рекомендовать практику можно только решением по экспертизе: с обоснованием и уровнем доказанности',
    });
  }
  if (row.revision !== body.revision) throw staleRevision(row.revision);
  if (check.transition.commentRequired && !body.comment && body.sectionComments.length === 0) {
    throw new AppError('COMMENT_REQUIRED', {
      status: 400,
      detail: 'Напишите комментарий: региону важно знать причину',
      errors: [{ field: 'body.comment', message: 'Комментарий обязателен' }],
    });
  }
  if (body.action === 'submit' || body.action === 'publish') {
    const missing = missingFields(row);
    if (missing.length) {
      throw new AppError('INCOMPLETE_PASSPORT', {
        status: 400,
        detail: 'Паспорт практики заполнен не полностью',
        errors: missing.map((field) => ({
          field,
          message: field === 'passport.contacts' ? PUBLIC_CONTACT_MESSAGE : 'Заполните это поле',
        })),
      });
    }
  }
  await prisma.$transaction(async (tx) => {
    // Publishing fixes the address: a slug that still followed the title is made from it now.
    const fixSlug =
      check.transition.to === 'published' && row.slugAuto
        ? { slug: await slugForTitle(tx, id, row.title), slugAuto: false }
        : {};
    const moved = await bumpRevision(
      tx,
      { id, revision: body.revision, status: row.status },
      { status: check.transition.to, statusChangedAt: new Date(), ...fixSlug },
    );
    if (!moved) throw staleRevision(row.revision + 1);
    await recordEvent(tx, {
      practiceId: id,
      actorId: actor.id,
      action: body.action,
      fromStatus: row.status,
      toStatus: check.transition.to,
      comment: body.comment ?? null,
      sectionComments: body.sectionComments,
      revision: body.revision + 1,
    });
    await notifyPracticeStatus(tx, {
      practice: { id, title: row.title, regionCode: row.regionCode },
      action: body.action,
      actorId: actor.id,
      comment: body.comment ?? null,
    });
  });
  return getManaged(prisma, actor, id);
}
