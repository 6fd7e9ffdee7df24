// Reference data of expert review: the rubric (edited by moderators for future reviews; past
// reviews keep the names and weights they were scored with) and the conflicts experts declare.
import type { CreateConflictBody, UpdateRubricBodySchema } from '@registry/contracts/review-setup';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../auth/authorization';
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
  });
  return { items: rows.map(toConflict) };
}

export async function addConflict(
  prisma: PrismaClient,
  expert: SessionUser,
  body: Required<CreateConflictBody>,
) {
  const row = await prisma.expertConflict.create({
    data: { expertId: expert.id, organisationName: body.organisationName, note: body.note },
  });
  return toConflict(row);
}

export async function removeConflict(prisma: PrismaClient, expert: SessionUser, id: number) {
  const { count } = await prisma.expertConflict.deleteMany({ where: { id, expertId: expert.id } });
  if (count === 0) throw new AppError('CONFLICT_NOT_FOUND', { status: 404, detail: 'Запись не найдена' });
}
