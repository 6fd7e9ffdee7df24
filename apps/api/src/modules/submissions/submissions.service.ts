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
  UpdateDraftBodySchema,
} from '@registry/contracts/submissions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { missingFields, toDraftPassport } from './managed-passport';
import { slugForTitle } from './slug.service';
import { staleRevision, staleSave } from './stale-revision';
import {
  canCreateIn,
  canEditPractice,
  canEditSlug,
  canViewPractice,
  checkTransition,
  PUBLISHED_STATUSES,
} from './submission-rules';
import { findManaged, type ManagedRow, unknownCodes } from './submissions.repository';
import {
  bumpRevision,
  insertDraft,
  keepVersion,
  recordEvent,
  updatePassport,
  updatePractice,
} from './workflow.repository';

export const notFound = (id: number) =>
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

export async function loadVisible(prisma: PrismaClient, actor: Actor, id: number): Promise<ManagedRow> {
  const row = await findManaged(prisma, id);
  if (!row || !canViewPractice(actor, row)) throw notFound(id);
  return row;
}

/** Field paths that keep practice `id` from being submitted or published (none when it does not exist). */
export async function missingFieldsOf(prisma: PrismaClient, id: number): Promise<string[]> {
  const row = await findManaged(prisma, id);
  return row ? missingFields(row) : [];
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
  const id = await prisma.$transaction(async (tx) => {
    const slug =
      body.passport.slug ??
      (body.passport.title
        ? await slugForTitle(tx, null, body.passport.title)
        : `draft-${randomUUID().slice(0, 8)}`);
    const practiceId = await insertDraft(
      tx,
      { ...body.passport, slug },
      { regionCode, actorId: actor.id, slugAuto },
    );
    await recordEvent(tx, {
      practiceId,
      actorId: actor.id,
      action: 'create',
      toStatus: 'draft',
      revision: 1,
    });
    return practiceId;
  });
  return getManaged(prisma, actor, id);
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
      // Each edit of a published practice keeps the passport it replaces as a version.
      if (isPublic) await keepVersion(tx, id, toDraftPassport(row), actor.id);
      if (!(await bumpRevision(tx, { id, revision: body.revision }))) throw staleRevision(row.revision + 1);
      await updatePassport(tx, id, body.passport);
      if (followTitle && body.passport.title) {
        const slug = await slugForTitle(tx, id, body.passport.title);
        if (slug !== row.slug) await updatePractice(tx, id, { slug });
      }
      // New results of a recommended practice ask the moderators for an early re-review.
      if (row.status === 'recommended' && resultsChanged(row, body.passport)) {
        await updatePractice(tx, id, { reReviewRequestedAt: new Date() });
      }
      await recordEvent(tx, {
        practiceId: id,
        actorId: actor.id,
        action: 'edit',
        revision: body.revision + 1,
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
