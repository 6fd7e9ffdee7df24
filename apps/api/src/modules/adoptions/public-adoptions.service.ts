// What anyone may read about adoptions: who adopts a public practice, and what a region shares
// and adopts. Contacts of the adopting teams are for colleagues: signed-in staff only.
import type { PracticeAdoptions, RegionAdoptionItem, RegionAdoptions } from '@registry/contracts/adoptions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { practiceRef, toDateOnly } from './adoption-mappers';
import {
  type AdoptionRow,
  findAdoptions,
  findPracticeAdoptions,
  isPublicPractice,
  publicPractice,
  regionExists,
} from './adoptions.repository';

export async function getPracticeAdoptions(
  prisma: PrismaClient,
  slug: string,
  showContacts: boolean,
): Promise<PracticeAdoptions> {
  if (!(await isPublicPractice(prisma, slug))) {
    throw new AppError('PRACTICE_NOT_FOUND', { status: 404, detail: `Практика «${slug}» не найдена` });
  }
  const rows = await findPracticeAdoptions(prisma, slug);
  return {
    count: rows.length,
    items: rows.map((row) => ({
      id: row.id,
      regionCode: row.regionCode,
      regionName: row.region.nameRu,
      status: row.status,
      startedOn: toDateOnly(row.startedOn),
      finishedOn: toDateOnly(row.finishedOn),
      results: row.results,
      narrative: row.narrative,
      contact: showContacts
        ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone }
        : null,
    })),
  };
}

const toItem = (row: AdoptionRow): RegionAdoptionItem => ({
  id: row.id,
  practice: practiceRef(row),
  regionCode: row.regionCode,
  regionName: row.region.nameRu,
  status: row.status,
  startedOn: toDateOnly(row.startedOn),
});

export async function getRegionAdoptions(prisma: PrismaClient, code: string): Promise<RegionAdoptions> {
  if (!(await regionExists(prisma, code))) {
    throw new AppError('REGION_NOT_FOUND', { status: 404, detail: `Регион с кодом ${code} не найден` });
  }
  const [shared, adopted] = await Promise.all([
    findAdoptions(prisma, { practice: { regionCode: code, ...publicPractice } }),
    findAdoptions(prisma, { regionCode: code, practice: publicPractice }),
  ]);
  return { shared: shared.map(toItem), adopted: adopted.map(toItem) };
}
