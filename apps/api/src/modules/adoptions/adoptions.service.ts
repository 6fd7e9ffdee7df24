// Regions declare that they adopt another region's public practice, and keep the declaration up
// to date (status, dates, local results). Edits carry the revision they were based on.
import type {
  Adoption,
  AdoptionDashboard,
  CreateAdoptionBodySchema,
  UpdateAdoptionBodySchema,
} from '@registry/contracts/adoptions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { notifyAdoptionDeclared } from '../notifications';
import { canViewPractice } from '../submissions';
import { fieldsToData, toAdoption, toDateOnly } from './adoption-mappers';
import {
  canDeclareFor,
  canEditAdoption,
  canManageAdoptions,
  checkAdoptable,
  checkDates,
} from './adoption-rules';
import {
  type AdoptionRow,
  deleteAdoptionAt,
  findAdoption,
  findAdoptions,
  findPracticeForAdoption,
  findRegionAdoption,
  insertAdoption,
  regionExists,
  updateAdoptionAt,
} from './adoptions.repository';

const today = () => new Date().toISOString().slice(0, 10);

const forbidden = (detail: string) => new AppError('FORBIDDEN', { status: 403, detail });

const adoptionNotFound = (id: number) =>
  new AppError('ADOPTION_NOT_FOUND', { status: 404, detail: `Запись о внедрении №${id} не найдена` });

const staleRevision = (current: number) =>
  new AppError('STALE_REVISION', {
    status: 409,
    detail: `Запись уже изменили (текущая редакция ${current}). Обновите страницу: ваши изменения не сохранены.`,
    errors: [{ field: 'body.revision', message: `Текущая редакция: ${current}` }],
  });

function refuseBadDates(dates: Parameters<typeof checkDates>[0]) {
  const errors = checkDates(dates, today());
  if (errors.length) {
    throw new AppError('INCONSISTENT_DATES', {
      status: 400,
      detail: errors.map((e) => e.message).join('. '),
      errors,
    });
  }
}

export async function createAdoption(
  prisma: PrismaClient,
  actor: Actor,
  body: z.output<typeof CreateAdoptionBodySchema>,
): Promise<Adoption> {
  if (!canManageAdoptions(actor)) throw forbidden('Эксперты не заявляют о внедрении практик');
  const regionCode = body.regionCode ?? actor.regionCode;
  if (!regionCode || !(await regionExists(prisma, regionCode))) {
    throw new AppError('REGION_REQUIRED', {
      status: 400,
      detail: 'Укажите регион, который внедряет практику',
      errors: [{ field: 'body.regionCode', message: 'Укажите существующий регион' }],
    });
  }
  if (!canDeclareFor(actor, regionCode)) {
    throw forbidden('Координатор заявляет о внедрении только от своего региона');
  }
  const practice = await findPracticeForAdoption(prisma, body.practiceSlug);
  const check = practice && checkAdoptable(practice, regionCode);
  // A hidden practice answers like a missing one, unless the actor may see it anyway.
  if (
    !practice ||
    !check ||
    (!check.ok && check.reason === 'not_public' && !canViewPractice(actor, practice))
  ) {
    throw new AppError('PRACTICE_NOT_FOUND', {
      status: 404,
      detail: `Опубликованная практика «${body.practiceSlug}» не найдена`,
    });
  }
  if (!check.ok && check.reason === 'not_public') {
    throw new AppError('PRACTICE_NOT_ADOPTABLE', {
      status: 409,
      detail: 'Внедрять можно только опубликованные и рекомендованные практики',
    });
  }
  if (!check.ok) {
    throw new AppError('OWN_REGION_PRACTICE', {
      status: 409,
      detail: 'Регион не может внедрять собственную практику',
    });
  }
  refuseBadDates(body);
  const existing = await findRegionAdoption(prisma, practice.id, regionCode);
  if (existing) {
    throw new AppError('ADOPTION_EXISTS', {
      status: 409,
      detail: `Регион уже заявил о внедрении этой практики (запись №${existing.id})`,
    });
  }
  const row = await prisma.$transaction(async (tx) => {
    const created = await insertAdoption(tx, {
      ...fieldsToData(body),
      practiceId: practice.id,
      regionCode,
      createdById: actor.id,
    });
    // The practice's own region hears of it (docs/mail.md), with the same commit.
    await notifyAdoptionDeclared(tx, {
      practice: { id: practice.id, title: created.practice.title, regionCode: practice.regionCode },
      adoptingRegionName: created.region.nameRu,
      adoptingRegionCode: regionCode,
    });
    return created;
  });
  return toAdoption(row, actor);
}

async function loadEditable(prisma: PrismaClient, actor: Actor, id: number, revision: number) {
  if (!canManageAdoptions(actor)) throw forbidden('Эксперты не изменяют записи о внедрении');
  const row = await findAdoption(prisma, id);
  if (!row) throw adoptionNotFound(id);
  // Adoptions are public knowledge, so another region's one is refused, not hidden.
  if (!canEditAdoption(actor, row)) throw forbidden('Изменять запись может только внедряющий регион');
  if (row.revision !== revision) throw staleRevision(row.revision);
  return row;
}

export async function updateAdoption(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  body: z.output<typeof UpdateAdoptionBodySchema>,
): Promise<Adoption> {
  const row = await loadEditable(prisma, actor, id, body.revision);
  refuseBadDates({
    status: body.status ?? row.status,
    startedOn: body.startedOn !== undefined ? body.startedOn : toDateOnly(row.startedOn),
    finishedOn: body.finishedOn !== undefined ? body.finishedOn : toDateOnly(row.finishedOn),
  });
  if (!(await updateAdoptionAt(prisma, id, body.revision, fieldsToData(body))))
    throw staleRevision(row.revision + 1);
  return toAdoption((await findAdoption(prisma, id)) as AdoptionRow, actor);
}

export async function deleteAdoption(prisma: PrismaClient, actor: Actor, id: number, revision: number) {
  await loadEditable(prisma, actor, id, revision);
  if (!(await deleteAdoptionAt(prisma, id, revision))) throw staleRevision(revision + 1);
}

export async function getAdoption(prisma: PrismaClient, actor: Actor, id: number): Promise<Adoption> {
  if (!canManageAdoptions(actor)) throw forbidden('Эксперты не работают с записями о внедрении');
  const row = await findAdoption(prisma, id);
  if (!row) throw adoptionNotFound(id);
  return toAdoption(row, actor);
}

/** A region's dashboard: what it adopts and who adopts its practices (all adoptions for staff without a region). */
export async function listAdoptions(
  prisma: PrismaClient,
  actor: Actor,
  region: string | undefined,
): Promise<AdoptionDashboard> {
  if (!canManageAdoptions(actor)) throw forbidden('Экспертам список внедрений не нужен');
  const regionCode = region ?? (actor.role === 'coordinator' ? actor.regionCode : null);
  if (actor.role === 'coordinator' && regionCode !== actor.regionCode) {
    throw forbidden('Координатору доступны записи только своего региона');
  }
  if (!regionCode) {
    const all = await findAdoptions(prisma, {});
    return { regionCode: null, adopting: all.map((r) => toAdoption(r, actor)), adoptedFromUs: [] };
  }
  const [adopting, adoptedFromUs] = await Promise.all([
    findAdoptions(prisma, { regionCode }),
    findAdoptions(prisma, { practice: { regionCode } }),
  ]);
  return {
    regionCode,
    adopting: adopting.map((r) => toAdoption(r, actor)),
    adoptedFromUs: adoptedFromUs.map((r) => toAdoption(r, actor)),
  };
}
