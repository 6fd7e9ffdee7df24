// Prisma calls for the reference data of expert review: the rubric's own row and criteria
// edits, and the conflicts of interest experts declare.
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { RUBRIC_CODE } from './reviews.repository';

export const findRubric = (prisma: PrismaClient) =>
  prisma.rubric.findUnique({ where: { code: RUBRIC_CODE }, select: { code: true, nameRu: true } });

/** Saves every criterion's edit in one transaction. */
export async function updateCriteria(
  prisma: PrismaClient,
  criteria: { id: number; nameRu: string; descriptionRu: string; weight: number; active: boolean }[],
) {
  await prisma.$transaction(
    criteria.map(({ id, ...data }) =>
      prisma.rubricCriterion.update({ where: { id }, data, select: { id: true } }),
    ),
  );
}

const conflictSelect = { id: true, organisationName: true, note: true, createdAt: true } as const;

export const listExpertConflicts = (prisma: PrismaClient, expertId: number) =>
  prisma.expertConflict.findMany({ where: { expertId }, orderBy: { id: 'asc' }, select: conflictSelect });

/**
 * Declares a conflict unless one with the same key exists (ON CONFLICT DO NOTHING: of two
 * clicks at once, the second writes nothing); returns the declaration and whether it is new.
 */
export async function insertConflict(
  prisma: PrismaClient,
  row: { expertId: number; organisationName: string; organisationKey: string; note: string },
) {
  const { count } = await prisma.expertConflict.createMany({ data: [row], skipDuplicates: true });
  const conflict = await prisma.expertConflict.findUniqueOrThrow({
    where: { expertId_organisationKey: { expertId: row.expertId, organisationKey: row.organisationKey } },
    select: conflictSelect,
  });
  return { conflict, created: count === 1 };
}

/** Removes the expert's own declaration; false when there is none with that id. */
export async function deleteConflict(prisma: PrismaClient, expertId: number, id: number) {
  const { count } = await prisma.expertConflict.deleteMany({ where: { id, expertId } });
  return count === 1;
}
