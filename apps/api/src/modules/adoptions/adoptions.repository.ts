// Prisma access for adoptions of practices by other regions.
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import { type Indicator, IndicatorSchema } from '@registry/contracts/practice-passport';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { z } from 'zod';
import { readJson } from '../../lib/json-column';

type Tx = Prisma.TransactionClient | PrismaClient;

export const adoptionSelect = {
  id: true,
  regionCode: true,
  status: true,
  startedOn: true,
  finishedOn: true,
  results: true,
  narrative: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  revision: true,
  updatedAt: true,
  region: { select: { nameRu: true } },
  practice: {
    select: { slug: true, title: true, status: true, regionCode: true, region: { select: { nameRu: true } } },
  },
} satisfies Prisma.AdoptionSelect;

type AdoptionRecord = Prisma.AdoptionGetPayload<{ select: typeof adoptionSelect }>;

/** An adoption as read, its local results parsed by their contract. */
export type AdoptionRow = Omit<AdoptionRecord, 'results'> & { results: Indicator[] };

const ResultsSchema = z.array(IndicatorSchema);
const parsed = (row: AdoptionRecord): AdoptionRow => ({
  ...row,
  results: readJson(ResultsSchema, row.results, 'adoptions.results'),
});

const order = [{ updatedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.AdoptionOrderByWithRelationInput[];

/** Adoptions visible to the public: their practice is published or recommended. */
export const publicPractice = { status: { in: [...PUBLIC_STATUSES] } } satisfies Prisma.PracticeWhereInput;

export async function findAdoption(db: Tx, id: number): Promise<AdoptionRow | null> {
  const row = await db.adoption.findUnique({ where: { id }, select: adoptionSelect });
  return row && parsed(row);
}

export async function findAdoptions(db: Tx, where: Prisma.AdoptionWhereInput): Promise<AdoptionRow[]> {
  const rows = await db.adoption.findMany({ where, select: adoptionSelect, orderBy: order, take: 1000 });
  return rows.map(parsed);
}

/** The adoption of `practiceId` by `regionCode`, if the region already declared one. */
export const findRegionAdoption = (db: Tx, practiceId: number, regionCode: string) =>
  db.adoption.findUnique({
    where: { practiceId_regionCode: { practiceId, regionCode } },
    select: { id: true },
  });

export async function insertAdoption(
  db: Tx,
  data: Prisma.AdoptionUncheckedCreateInput,
): Promise<AdoptionRow> {
  return parsed(await db.adoption.create({ data, select: adoptionSelect }));
}

/** Saves the change only while the adoption is still at `revision`; false when someone saved first. */
export async function updateAdoptionAt(
  db: Tx,
  id: number,
  revision: number,
  data: Omit<Prisma.AdoptionUncheckedUpdateManyInput, 'revision'>,
) {
  const { count } = await db.adoption.updateMany({
    where: { id, revision },
    data: { ...data, revision: { increment: 1 } },
  });
  return count === 1;
}

/** Deletes the adoption only while it is still at `revision`; false when someone saved first. */
export async function deleteAdoptionAt(db: Tx, id: number, revision: number) {
  const { count } = await db.adoption.deleteMany({ where: { id, revision } });
  return count === 1;
}

export const isPublicPractice = async (db: Tx, slug: string) =>
  (await db.practice.count({ where: { slug, ...publicPractice } })) > 0;

export const findPracticeForAdoption = (db: Tx, slug: string) =>
  db.practice.findUnique({ where: { slug }, select: { id: true, regionCode: true, status: true } });

export const regionExists = (db: Tx, code: string) =>
  db.region.count({ where: { code } }).then((count) => count > 0);

/** Public adoptions of one practice, by region name. */
export async function findPracticeAdoptions(db: Tx, slug: string): Promise<AdoptionRow[]> {
  const rows = await db.adoption.findMany({
    where: { practice: { slug, ...publicPractice } },
    select: adoptionSelect,
    orderBy: { region: { nameRu: 'asc' } },
  });
  return rows.map(parsed);
}
