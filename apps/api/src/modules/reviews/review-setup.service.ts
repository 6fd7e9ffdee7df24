// Reference data of expert review: the rubric (edited by moderators for future reviews; past
// reviews keep the names and weights they were scored with) and the conflicts experts declare.
import type { CreateConflictBody, UpdateRubricBodySchema } from '@registry/contracts/review-setup';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../auth/authorization';
import { normaliseOrganisation } from './review-rules';
import { RUBRIC_CODE, rubricCriteria } from './reviews.repository';

export async function getRubric(prisma: PrismaClient) {
  const rubric = await prisma.rubric.findUnique({
    where: { code: RUBRIC_CODE },
    select: { code: true, nameRu: true },
  });
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
  await prisma.$transaction(
    body.criteria.map((c) =>
      prisma.rubricCriterion.update({
        where: { id: c.id },
        data: { nameRu: c.nameRu, descriptionRu: c.descriptionRu, weight: c.weight, active: c.active },
      }),
    ),
  );
  return getRubric(prisma);
}

const toConflict = (row: { id: number; organisationName: string; note: string; createdAt: Date }) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export async function listConflicts(prisma: PrismaClient, expert: SessionUser) {
  const rows = await prisma.expertConflict.findMany({
    where: { expertId: expert.id },
    orderBy: { id: 'asc' },
    select: { id: true, organisationName: true, note: true, createdAt: true },
  });
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
export async function addConflict(
  prisma: PrismaClient,
  expert: SessionUser,
  body: Required<CreateConflictBody>,
) {
  const organisationKey = normaliseOrganisation(body.organisationName);
  const key = { expertId_organisationKey: { expertId: expert.id, organisationKey } };
  const select = { id: true, organisationName: true, note: true, createdAt: true } as const;
  // ON CONFLICT DO NOTHING: of two clicks at once, the second simply writes nothing.
  const { count } = await prisma.expertConflict.createMany({
    data: [
      { expertId: expert.id, organisationName: body.organisationName, organisationKey, note: body.note },
    ],
    skipDuplicates: true,
  });
  const row = await prisma.expertConflict.findUniqueOrThrow({ where: key, select });
  if (count === 0) throw conflictExists(row.organisationName);
  return toConflict(row);
}

export async function removeConflict(prisma: PrismaClient, expert: SessionUser, id: number) {
  const { count } = await prisma.expertConflict.deleteMany({ where: { id, expertId: expert.id } });
  if (count === 0) throw new AppError('CONFLICT_NOT_FOUND', { status: 404, detail: 'Запись не найдена' });
}
