// Prisma reads of practices in the workflow (any status); writes are in workflow.repository.ts.
import { ContactSchema, LinkSchema } from '@registry/contracts/practice-passport';
import type { DraftPassport } from '@registry/contracts/submissions';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { z } from 'zod';
import { readJson } from '../../lib/json-column';

type Tx = Prisma.TransactionClient | PrismaClient;

export const managedSelect = {
  id: true,
  slug: true,
  slugAuto: true,
  title: true,
  summary: true,
  problem: true,
  goals: true,
  methods: true,
  resultsNarrative: true,
  evidenceLevelCode: true,
  replicationReadiness: true,
  costBand: true,
  resourcesStaff: true,
  resourcesBudget: true,
  resourcesDuration: true,
  organisationName: true,
  organisationType: true,
  regionCode: true,
  partners: true,
  startYear: true,
  endYear: true,
  hasMethodicalMaterials: true,
  offersTraining: true,
  canHostInternship: true,
  contacts: true,
  links: true,
  status: true,
  statusChangedAt: true,
  isDemo: true,
  revision: true,
  updatedAt: true,
  region: { select: { nameRu: true } },
  themes: { select: { themeCode: true }, orderBy: { themeCode: 'asc' } },
  targetGroups: { select: { targetGroupCode: true }, orderBy: { targetGroupCode: 'asc' } },
  indicators: {
    select: { name: true, unit: true, baseline: true, achieved: true, year: true },
    orderBy: { position: 'asc' },
  },
  // Experts with a live assignment may read the practice (submission-rules.ts).
  reviewAssignments: { where: { status: { in: ['assigned', 'submitted'] } }, select: { expertId: true } },
} satisfies Prisma.PracticeSelect;

type ManagedRecord = Prisma.PracticeGetPayload<{ select: typeof managedSelect }>;

/** A practice as the workflow reads it, its JSON columns parsed by their contracts. */
export type ManagedRow = Omit<ManagedRecord, 'contacts' | 'links'> & {
  contacts: z.infer<typeof ContactSchema>[];
  links: z.infer<typeof LinkSchema>[];
};

const ContactsSchema = z.array(ContactSchema);
const LinksSchema = z.array(LinkSchema);

export async function findManaged(db: Tx, id: number): Promise<ManagedRow | null> {
  const row = await db.practice.findUnique({ where: { id }, select: managedSelect });
  return (
    row && {
      ...row,
      contacts: readJson(ContactsSchema, row.contacts, 'practices.contacts'),
      links: readJson(LinksSchema, row.links, 'practices.links'),
    }
  );
}

/** Reference codes in `passport` that do not exist, as field errors. */
export async function unknownCodes(db: Tx, passport: DraftPassport) {
  const errors: { field: string; message: string }[] = [];
  const check = async (
    field: string,
    codes: string[] | undefined,
    find: (codes: string[]) => Promise<{ code: string }[]>,
  ) => {
    if (!codes?.length) return;
    const known = new Set((await find(codes)).map((row) => row.code));
    for (const code of codes)
      if (!known.has(code)) errors.push({ field, message: `Неизвестный код «${code}»` });
  };
  await check('body.passport.themeCodes', passport.themeCodes, (codes) =>
    db.theme.findMany({ where: { code: { in: codes } }, select: { code: true } }),
  );
  await check('body.passport.targetGroupCodes', passport.targetGroupCodes, (codes) =>
    db.targetGroup.findMany({ where: { code: { in: codes } }, select: { code: true } }),
  );
  await check(
    'body.passport.evidenceLevel',
    passport.evidenceLevel ? [passport.evidenceLevel] : undefined,
    (codes) => db.evidenceLevel.findMany({ where: { code: { in: codes } }, select: { code: true } }),
  );
  return errors;
}
