// Prisma writes of the submission workflow (drafts, edits, moves, page addresses) and the reads
// of its history and versions. A service opens the transaction and hands its client in.

import type { PracticeStatus } from '@registry/contracts/practice-enums';
import type { DraftPassport } from '@registry/contracts/submissions';
import { DraftPassportSchema, SectionCommentSchema } from '@registry/contracts/submissions';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { z } from 'zod';
import { readJson } from '../../lib/json-column';
import { passportCreate, passportUpdate } from './passport-data';

type Tx = Prisma.TransactionClient | PrismaClient;

/** Slugs starting with `prefix` held by other practices, now or formerly. */
export async function takenSlugs(db: Tx, practiceId: number | null, prefix: string) {
  const others = practiceId === null ? {} : { not: practiceId };
  const current = await db.practice.findMany({
    where: { slug: { startsWith: prefix }, id: others },
    select: { slug: true },
  });
  const former = await db.practiceSlugRedirect.findMany({
    where: { slug: { startsWith: prefix }, practiceId: others },
    select: { slug: true },
  });
  return new Set([...current, ...former].map((row) => row.slug));
}

export async function insertDraft(
  tx: Tx,
  passport: DraftPassport & { slug: string },
  owner: { regionCode: string; actorId: number; slugAuto: boolean },
) {
  const { id } = await tx.practice.create({ data: passportCreate(passport, owner), select: { id: true } });
  return id;
}

/** One entry of the practice's audit history. */
export async function recordEvent(
  tx: Tx,
  event: {
    practiceId: number;
    actorId: number;
    action: string;
    revision: number;
    fromStatus?: PracticeStatus;
    toStatus?: PracticeStatus;
    comment?: string | null;
    sectionComments?: { section: string; comment: string }[];
  },
) {
  await tx.practiceEvent.create({ data: event, select: { id: true } });
}

/** Keeps the passport a published practice had before an edit as its next version. */
export async function keepVersion(tx: Tx, practiceId: number, snapshot: DraftPassport, actorId: number) {
  const number = (await tx.practiceVersion.count({ where: { practiceId } })) + 1;
  await tx.practiceVersion.create({
    data: { practiceId, number, snapshot, createdById: actorId },
    select: { id: true },
  });
}

/**
 * Moves the revision on by one (with `data`), only while the practice is still at `revision`
 * (and in `status`, when given): false when someone else saved first.
 */
export async function bumpRevision(
  tx: Tx,
  where: { id: number; revision: number; status?: PracticeStatus },
  data: Omit<Prisma.PracticeUpdateManyMutationInput, 'revision'> = {},
) {
  const { count } = await tx.practice.updateMany({ where, data: { ...data, revision: { increment: 1 } } });
  return count === 1;
}

export async function updatePassport(tx: Tx, id: number, passport: DraftPassport) {
  await tx.practice.update({ where: { id }, data: passportUpdate(passport), select: { id: true } });
}

export async function updatePractice(
  tx: Tx,
  id: number,
  data: { slug?: string; reReviewRequestedAt?: Date },
) {
  await tx.practice.update({ where: { id }, data, select: { id: true } });
}

/** The page address moves: the new one stops being anyone's former address; the old one may become one. */
export async function moveSlug(tx: Tx, id: number, from: string, to: string, keepFormer: boolean) {
  await tx.practiceSlugRedirect.deleteMany({ where: { slug: to } });
  if (keepFormer) await tx.practiceSlugRedirect.create({ data: { slug: from, practiceId: id } });
}

export const listWorkflow = (
  prisma: PrismaClient,
  filter: { regionCode?: string; statuses?: readonly PracticeStatus[] | undefined },
) =>
  prisma.practice.findMany({
    where: {
      ...(filter.regionCode !== undefined ? { regionCode: filter.regionCode } : {}),
      ...(filter.statuses?.length ? { status: { in: [...filter.statuses] } } : {}),
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

const SectionCommentsSchema = z.array(SectionCommentSchema);

export async function findEvents(prisma: PrismaClient, practiceId: number) {
  const rows = await prisma.practiceEvent.findMany({
    where: { practiceId },
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
  return rows.map((row) => ({
    ...row,
    sectionComments: readJson(SectionCommentsSchema, row.sectionComments, 'practice_events.section_comments'),
  }));
}

/** Who saved `revision` of the practice, and when. */
export const findRevisionAuthor = (prisma: PrismaClient, practiceId: number, revision: number) =>
  prisma.practiceEvent.findFirst({
    where: { practiceId, revision },
    orderBy: { id: 'desc' },
    select: { at: true, actorId: true, actor: { select: { name: true } } },
  });

export const listVersionRows = (prisma: PrismaClient, practiceId: number) =>
  prisma.practiceVersion.findMany({
    where: { practiceId },
    orderBy: { number: 'asc' },
    select: { number: true, createdAt: true, createdBy: { select: { name: true } } },
  });

/** The passport kept as version `number`, or null. */
export async function findSnapshot(
  prisma: PrismaClient,
  practiceId: number,
  number: number,
): Promise<DraftPassport | null> {
  const row = await prisma.practiceVersion.findUnique({
    where: { practiceId_number: { practiceId, number } },
    select: { snapshot: true },
  });
  return row ? readJson(DraftPassportSchema, row.snapshot, 'practice_versions.snapshot') : null;
}
