// The submission workflow: regions write drafts and submit them, moderators screen them. Every
// status change follows the state machine in packages/contracts (practice-workflow.ts) and is
// recorded in the practice's audit history; edits carry the revision they were based on.
import { randomUUID } from 'node:crypto';
import { PassportInputSchema } from '@registry/contracts/practice-passport';
import { allowedActions } from '@registry/contracts/practice-workflow';
import type {
  CreateDraftBodySchema,
  DraftPassport,
  ManagedPractice,
  TransitionBodySchema,
  UpdateDraftBodySchema,
} from '@registry/contracts/submissions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../auth/authorization';
import { missingFields, toDraftPassport } from './managed-passport';
import { slugForTitle } from './slug.service';
import { staleRevision, staleSave } from './stale-revision';
import {
  type Actor,
  canCreateIn,
  canEditPractice,
  canEditSlug,
  canViewPractice,
  checkTransition,
  PUBLISHED_STATUSES,
} from './submission-rules';
import { findManaged, type ManagedRow, passportUpdate, unknownCodes } from './submissions.repository';

// The reviews module reads passports through these.
export { missingFields, toDraftPassport };

export const toActor = (user: SessionUser): Actor => ({
  id: user.id,
  role: user.role,
  regionCode: user.region?.code ?? null,
});

const notFound = (id: number) =>
  // The same answer whether the practice does not exist or is not yours to see.
  new AppError('PRACTICE_NOT_FOUND', { status: 404, detail: `Практика №${id} не найдена` });

export function toManaged(row: ManagedRow, actor: Actor): ManagedPractice {
  const ref = { regionCode: row.regionCode, status: row.status };
  return {
    id: row.id,
    status: row.status,
    statusChangedAt: row.statusChangedAt.toISOString(),
    revision: row.revision,
    regionCode: row.regionCode,
    regionName: row.region.nameRu,
    passport: toDraftPassport(row),
    missing: missingFields(row),
    allowedActions: allowedActions(row.status, actor.role).filter((a) => checkTransition(actor, ref, a).ok),
    canEdit: canEditPractice(actor, ref),
    canEditSlug: canEditSlug(actor, ref),
    // A practice published through the review decision keeps the flag, but its slug no longer moves.
    slugAuto: row.slugAuto && !PUBLISHED_STATUSES.includes(row.status),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function loadVisible(prisma: PrismaClient, actor: Actor, id: number): Promise<ManagedRow> {
  const row = await findManaged(prisma, id);
  if (!row || !canViewPractice(actor, row)) throw notFound(id);
  return row;
}

export async function getManaged(prisma: PrismaClient, actor: Actor, id: number) {
  return toManaged(await loadVisible(prisma, actor, id), actor);
}

async function refuseUnknownCodes(prisma: PrismaClient, passport: DraftPassport) {
  const errors = await unknownCodes(prisma, passport);
  if (errors.length) {
    throw new AppError('UNKNOWN_REFERENCE_CODE', {
      status: 400,
      detail: 'Неизвестные значения справочников',
      errors,
    });
  }
}

export async function createDraft(
  prisma: PrismaClient,
  actor: Actor,
  body: z.output<typeof CreateDraftBodySchema>,
) {
  const regionCode = body.regionCode ?? actor.regionCode;
  if (!regionCode) {
    throw new AppError('REGION_REQUIRED', {
      status: 400,
      detail: 'Укажите регион практики',
      errors: [{ field: 'body.regionCode', message: 'Укажите регион' }],
    });
  }
  if (!canCreateIn(actor, regionCode)) {
    throw new AppError('FORBIDDEN', {
      status: 403,
      detail: 'Вы можете создавать практики только своего региона',
    });
  }
  await refuseUnknownCodes(prisma, body.passport);
  // Without a chosen slug the address follows the title (a placeholder until there is one).
  const slugAuto = body.passport.slug === undefined;
  const created = await prisma.$transaction(async (tx) => {
    const slug =
      body.passport.slug ??
      (body.passport.title
        ? await slugForTitle(tx, null, body.passport.title)
        : `draft-${randomUUID().slice(0, 8)}`);
    const practice = await tx.practice.create({
      data: {
        ...(passportUpdate({ ...body.passport, slug }, 'create') as object),
        slugAuto,
        region: { connect: { code: regionCode } },
        createdBy: { connect: { id: actor.id } },
        status: 'draft',
      } as never,
      select: { id: true },
    });
    await tx.practiceEvent.create({
      data: { practiceId: practice.id, actorId: actor.id, action: 'create', toStatus: 'draft', revision: 1 },
    });
    return practice;
  });
  return getManaged(prisma, actor, created.id);
}

type Indicators = NonNullable<DraftPassport['indicators']>;
const indicatorKey = (list: Indicators) =>
  JSON.stringify(list.map((i) => [i.name, i.unit, i.baseline ?? null, i.achieved ?? null, i.year ?? null]));

/** Whether an edit changes the results (narrative or indicators) of the stored passport. */
const resultsChanged = (row: ManagedRow, passport: DraftPassport) => {
  const before = toDraftPassport(row);
  return (
    (passport.resultsNarrative !== undefined && passport.resultsNarrative !== before.resultsNarrative) ||
    (passport.indicators !== undefined &&
      indicatorKey(passport.indicators) !== indicatorKey(before.indicators ?? []))
  );
};

export async function updateDraft(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  body: z.output<typeof UpdateDraftBodySchema>,
) {
  const row = await loadVisible(prisma, actor, id);
  if (!canEditPractice(actor, row)) {
    throw new AppError('NOT_EDITABLE', { status: 409, detail: 'В этом статусе практику нельзя изменить' });
  }
  if (row.revision !== body.revision) throw await staleSave(prisma, actor, id);
  if (body.passport.slug !== undefined && body.passport.slug !== row.slug) {
    throw new AppError('SLUG_CHANGED_SEPARATELY', {
      status: 400,
      detail: 'Адрес страницы меняется отдельно: кнопкой «Изменить адрес»',
      errors: [{ field: 'body.passport.slug', message: 'Адрес страницы меняется отдельно' }],
    });
  }
  await refuseUnknownCodes(prisma, body.passport);
  const isPublic = row.status === 'published' || row.status === 'recommended';
  if (isPublic) {
    const merged = PassportInputSchema.safeParse({
      ...toDraftPassport(row),
      ...body.passport,
      regionCode: row.regionCode,
    });
    if (!merged.success) {
      throw new AppError('INCOMPLETE_PASSPORT', {
        status: 400,
        detail: 'Опубликованная практика должна оставаться полной',
        errors: merged.error.issues.map((i) => ({
          field: `body.passport.${i.path.join('.')}`,
          message: i.message,
        })),
      });
    }
  }
  // Before publication the address follows a changed title, unless it was set by hand.
  const followTitle = row.slugAuto && body.passport.title !== undefined && !isPublic;
  try {
    await prisma.$transaction(async (tx) => {
      if (isPublic) {
        // Each edit of a published practice keeps the passport it replaces as a version.
        const number = (await tx.practiceVersion.count({ where: { practiceId: id } })) + 1;
        await tx.practiceVersion.create({
          data: { practiceId: id, number, snapshot: toDraftPassport(row) as object, createdById: actor.id },
        });
      }
      const updated = await tx.practice.updateMany({
        where: { id, revision: body.revision },
        data: { revision: { increment: 1 } },
      });
      if (updated.count === 0) throw staleRevision(row.revision + 1);
      await tx.practice.update({ where: { id }, data: passportUpdate(body.passport) });
      if (followTitle && body.passport.title) {
        const slug = await slugForTitle(tx, id, body.passport.title);
        if (slug !== row.slug) await tx.practice.update({ where: { id }, data: { slug } });
      }
      // New results of a recommended practice ask the moderators for an early re-review.
      if (row.status === 'recommended' && resultsChanged(row, body.passport)) {
        await tx.practice.update({ where: { id }, data: { reReviewRequestedAt: new Date() } });
      }
      await tx.practiceEvent.create({
        data: { practiceId: id, actorId: actor.id, action: 'edit', revision: body.revision + 1 },
      });
    });
  } catch (error) {
    // Someone saved between our read and our write: answer with what they saved.
    if (error instanceof AppError && error.code === 'STALE_REVISION')
      throw await staleSave(prisma, actor, id);
    throw error;
  }
  return getManaged(prisma, actor, id);
}

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
        errors: missing.map((field) => ({ field, message: 'Заполните это поле' })),
      });
    }
  }
  await prisma.$transaction(async (tx) => {
    // Publishing fixes the address: a slug that still followed the title is made from it now.
    const fixSlug =
      check.transition.to === 'published' && row.slugAuto
        ? { slug: await slugForTitle(tx, id, row.title), slugAuto: false }
        : {};
    const updated = await tx.practice.updateMany({
      where: { id, revision: body.revision, status: row.status },
      data: {
        status: check.transition.to,
        statusChangedAt: new Date(),
        revision: { increment: 1 },
        ...fixSlug,
      },
    });
    if (updated.count === 0) throw staleRevision(row.revision + 1);
    await tx.practiceEvent.create({
      data: {
        practiceId: id,
        actorId: actor.id,
        action: body.action,
        fromStatus: row.status,
        toStatus: check.transition.to,
        comment: body.comment ?? null,
        sectionComments: body.sectionComments,
        revision: body.revision + 1,
      },
    });
  });
  return getManaged(prisma, actor, id);
}

const AWAITS: Record<Actor['role'], readonly string[]> = {
  coordinator: ['draft', 'needs_revision'],
  moderator: ['submitted'],
  admin: ['submitted'],
  expert: [],
};

export async function listSubmissions(prisma: PrismaClient, actor: Actor, statuses: string[] | undefined) {
  if (actor.role === 'expert') {
    throw new AppError('FORBIDDEN', {
      status: 403,
      detail: 'Экспертам доступны только назначенные им практики',
    });
  }
  const rows = await prisma.practice.findMany({
    where: {
      ...(actor.role === 'coordinator' ? { regionCode: actor.regionCode ?? '--' } : {}),
      ...(statuses?.length ? { status: { in: statuses as never } } : {}),
    },
    select: {
      id: true,
      title: true,
      status: true,
      statusChangedAt: true,
      regionCode: true,
      region: { select: { nameRu: true } },
    },
    orderBy: [{ statusChangedAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title || 'Без названия',
      status: row.status,
      statusChangedAt: row.statusChangedAt.toISOString(),
      regionCode: row.regionCode,
      regionName: row.region.nameRu,
      awaitsMe: AWAITS[actor.role].includes(row.status),
    })),
  };
}

export async function history(prisma: PrismaClient, actor: Actor, id: number) {
  await loadVisible(prisma, actor, id);
  const events = await prisma.practiceEvent.findMany({
    where: { practiceId: id },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      at: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      comment: true,
      sectionComments: true,
      revision: true,
      actor: { select: { name: true } },
    },
  });
  return {
    items: events.map(({ actor: who, at, sectionComments, ...event }) => ({
      ...event,
      at: at.toISOString(),
      actorName: who?.name ?? null,
      sectionComments: sectionComments as { section: string; comment: string }[],
    })),
  };
}
