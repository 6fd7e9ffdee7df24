// Prisma access for adoptions of practices by other regions.
import { PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

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

export type AdoptionRow = Prisma.AdoptionGetPayload<{ select: typeof adoptionSelect }>;

const order = [{ updatedAt: 'desc' }, { id: 'desc' }] satisfies Prisma.AdoptionOrderByWithRelationInput[];

/** Adoptions visible to the public: their practice is published or recommended. */
export const publicPractice = { status: { in: [...PUBLIC_STATUSES] } } satisfies Prisma.PracticeWhereInput;

export const findAdoption = (db: Tx, id: number) =>
  db.adoption.findUnique({ where: { id }, select: adoptionSelect });

export const findAdoptions = (db: Tx, where: Prisma.AdoptionWhereInput) =>
  db.adoption.findMany({ where, select: adoptionSelect, orderBy: order, take: 1000 });

export const findPracticeForAdoption = (db: Tx, slug: string) =>
  db.practice.findUnique({ where: { slug }, select: { id: true, regionCode: true, status: true } });

export const regionExists = (db: Tx, code: string) =>
  db.region.count({ where: { code } }).then((count) => count > 0);

/** Public adoptions of one practice, by region name. */
export const findPracticeAdoptions = (db: Tx, slug: string) =>
  db.adoption.findMany({
    where: { practice: { slug, ...publicPractice } },
    select: adoptionSelect,
    orderBy: { region: { nameRu: 'asc' } },
  });

/** A date column's value as YYYY-MM-DD (Prisma reads DATE as UTC midnight). */
export const toDateOnly = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** YYYY-MM-DD as a DATE column value. */
export const fromDateOnly = (value: string | null) => (value ? new Date(`${value}T00:00:00.000Z`) : null);
