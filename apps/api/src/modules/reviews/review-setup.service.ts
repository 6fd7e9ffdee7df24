// Reference data of expert review: the rubric (edited by moderators for future reviews; past
// reviews keep the names and weights they were scored with) and the conflicts experts declare.
import type { CreateConflictBody, UpdateRubricBodySchema } from '@registry/contracts/review-setup';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { normaliseOrganisation } from './review-rules';
import {
  deleteConflict,
  findRubric,
  insertConflict,
  listExpertConflicts,
  updateCriteria,
} from './review-setup.repository';
import { rubricCriteria } from './reviews.repository';

export async function getRubric(prisma: PrismaClient) {
  const rubric = await findRubric(prisma);
  if (!rubric)
    throw new AppError('RUBRIC_NOT_FOUND', { status: 404, detail: 'Рубрика экспертизы не найдена' });
  return { ...rubric, criteria: await rubricCriteria(prisma, false) };
}

export async function updateRubric(prisma: PrismaClient, body: z.output<typeof UpdateRubricBodySchema>) {
  const current = await rubricCriteria(prisma, false);
  const known = new Set(current.map((c) => c.id));
  const errors = body.criteria.flatMap((c, index) =>
    known.has(c.id) ? [] : [{ field: `body.criteria.${index}.id`, message: `Неизвестный критерий №${c.id}` }],
  );
  if (errors.length)
    throw new AppError('UNKNOWN_CRITERION', { status: 400, detail: 'Неизвестные критерии', errors });
  await updateCriteria(
    prisma,
    body.criteria.map((c) => ({
      id: c.id,
      nameRu: c.nameRu,
      descriptionRu: c.descriptionRu,
      weight: c.weight,
      active: c.active,
    })),
  );
  return getRubric(prisma);
}

const toConflict = (row: { id: number; organisationName: string; note: string; createdAt: Date }) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export async function listConflicts(prisma: PrismaClient, expert: Actor) {
  const rows = await listExpertConflicts(prisma, expert.id);
  return { items: rows.map(toConflict) };
}

const conflictExists = (existing: string) =>
  new AppError('CONFLICT_EXISTS', {
    status: 409,
    detail: `Конфликт интересов с организацией «${existing}» уже заявлен`,
    errors: [{ field: 'body.organisationName', message: `Уже заявлено: «${existing}»` }],
  });

/**
 * Declares a conflict once per organisation: the same name again (up to case, ё/е, quotes and
 * spaces) is a 409 naming the declaration already made, so the list never fills with copies.
 */
export async function addConflict(prisma: PrismaClient, expert: Actor, body: Required<CreateConflictBody>) {
  const { conflict, created } = await insertConflict(prisma, {
    expertId: expert.id,
    organisationName: body.organisationName,
    organisationKey: normaliseOrganisation(body.organisationName),
    note: body.note,
  });
  if (!created) throw conflictExists(conflict.organisationName);
  return toConflict(conflict);
}

export async function removeConflict(prisma: PrismaClient, expert: Actor, id: number) {
  if (!(await deleteConflict(prisma, expert.id, id)))
    throw new AppError('CONFLICT_NOT_FOUND', { status: 404, detail: 'Запись не найдена' });
}
