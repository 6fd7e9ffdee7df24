// Prisma calls of the adopt-requests module: the only place that reads requesters' personal data.
import type { AdoptRequestStatus } from '@registry/contracts/adopt-requests';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

type Db = PrismaClient | Prisma.TransactionClient;

const requestSelect = {
  id: true,
  status: true,
  name: true,
  organisation: true,
  email: true,
  phone: true,
  message: true,
  createdAt: true,
  regionCode: true,
  region: { select: { nameRu: true } },
  practice: { select: { id: true, slug: true, title: true, regionCode: true } },
  replies: { select: { id: true, body: true, createdAt: true }, orderBy: { id: 'asc' } },
} satisfies Prisma.AdoptRequestSelect;

export type AdoptRequestRow = Prisma.AdoptRequestGetPayload<{ select: typeof requestSelect }>;

export function findPublicPractice(db: Db, slug: string) {
  return db.practice.findFirst({
    where: { slug, status: { in: ['published', 'recommended'] } },
    select: { id: true, slug: true, title: true, regionCode: true, contacts: true },
  });
}

export const regionName = async (db: Db, code: string) =>
  (await db.region.findUnique({ where: { code }, select: { nameRu: true } }))?.nameRu ?? null;

export function insertRequest(db: Db, data: Prisma.AdoptRequestUncheckedCreateInput) {
  return db.adoptRequest.create({ data, select: { id: true } });
}

/** Requests for practices of `regionCode` (every region's when null), newest first. */
export function findRequests(db: Db, regionCode: string | null) {
  return db.adoptRequest.findMany({
    where: regionCode ? { practice: { regionCode } } : {},
    orderBy: { id: 'desc' },
    select: requestSelect,
  });
}

export function findRequest(db: Db, id: number) {
  return db.adoptRequest.findUnique({ where: { id }, select: requestSelect });
}

/** Adoptions declared by the requesters' regions for the requested practices, by "practice:region". */
export async function adoptionsFor(db: Db, rows: readonly AdoptRequestRow[]) {
  if (rows.length === 0) return new Map<string, number>();
  const adoptions = await db.adoption.findMany({
    where: { OR: rows.map((row) => ({ practiceId: row.practice.id, regionCode: row.regionCode })) },
    select: { id: true, practiceId: true, regionCode: true },
  });
  return new Map(adoptions.map((a) => [`${a.practiceId}:${a.regionCode}`, a.id]));
}

export function updateStatus(db: Db, id: number, status: AdoptRequestStatus) {
  return db.adoptRequest.update({ where: { id }, data: { status }, select: { id: true } });
}

export function insertReply(db: Db, requestId: number, authorId: number, body: string) {
  return db.adoptRequestReply.create({ data: { requestId, authorId, body }, select: { id: true } });
}

export function deleteRequest(db: Db, id: number) {
  return db.adoptRequest.delete({ where: { id }, select: { id: true } });
}

/** Deletes requests (and their replies) made before `before`; how many. */
export async function deleteRequestsBefore(db: Db, before: Date) {
  return (await db.adoptRequest.deleteMany({ where: { createdAt: { lt: before } } })).count;
}
