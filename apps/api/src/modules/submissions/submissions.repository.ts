// Prisma access for practices in the workflow (any status).
import type { DraftPassport } from '@registry/contracts/submissions';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';

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

export type ManagedRow = Prisma.PracticeGetPayload<{ select: typeof managedSelect }>;

export const findManaged = (db: Tx, id: number) =>
  db.practice.findUnique({ where: { id }, select: managedSelect });

/**
 * Scalar columns and replaced relations for the fields present in `passport`. On create there
 * is nothing to replace, so the relation lists are only created.
 */
export function passportUpdate(
  passport: DraftPassport,
  mode: 'create' | 'update' = 'update',
): Prisma.PracticeUpdateInput {
  const replace = mode === 'update' ? { deleteMany: {} } : {};
  const data: Prisma.PracticeUpdateInput = {};
  const p = passport;
  if (p.slug !== undefined) data.slug = p.slug;
  if (p.title !== undefined) data.title = p.title;
  if (p.summary !== undefined) data.summary = p.summary;
  if (p.problem !== undefined) data.problem = p.problem;
  if (p.goals !== undefined) data.goals = p.goals;
  if (p.methods !== undefined) data.methods = p.methods;
  if (p.resultsNarrative !== undefined) data.resultsNarrative = p.resultsNarrative;
  if (p.evidenceLevel !== undefined) data.evidenceLevel = { connect: { code: p.evidenceLevel } };
  if (p.replicationReadiness !== undefined) data.replicationReadiness = p.replicationReadiness;
  if (p.costBand !== undefined) data.costBand = p.costBand;
  if (p.resources !== undefined) {
    data.resourcesStaff = p.resources.staff;
    data.resourcesBudget = p.resources.budget;
    data.resourcesDuration = p.resources.duration;
  }
  if (p.organisation !== undefined) {
    data.organisationName = p.organisation.name;
    data.organisationType = p.organisation.type;
  }
  if (p.partners !== undefined) data.partners = p.partners;
  if (p.startYear !== undefined) data.startYear = p.startYear;
  if (p.endYear !== undefined) data.endYear = p.endYear;
  if (p.support !== undefined) {
    data.hasMethodicalMaterials = p.support.methodicalMaterials;
    data.offersTraining = p.support.training;
    data.canHostInternship = p.support.internship;
  }
  if (p.contacts !== undefined) data.contacts = p.contacts;
  if (p.links !== undefined) data.links = p.links;
  if (p.themeCodes !== undefined) {
    data.themes = { ...replace, create: p.themeCodes.map((themeCode) => ({ themeCode })) };
  }
  if (p.targetGroupCodes !== undefined) {
    data.targetGroups = {
      ...replace,
      create: p.targetGroupCodes.map((targetGroupCode) => ({ targetGroupCode })),
    };
  }
  if (p.indicators !== undefined) {
    data.indicators = {
      ...replace,
      create: p.indicators.map((indicator, position) => ({ position, ...indicator })),
    };
  }
  return data;
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
