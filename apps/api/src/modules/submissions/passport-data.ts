// A draft passport as Prisma write data: the columns of the fields present, and their relation
// lists. Used by workflow.repository.ts only.
import type { DraftPassport } from '@registry/contracts/submissions';
import type { Prisma } from '@registry/db/generated/prisma/client';

type PassportColumns = Partial<
  Pick<
    Prisma.PracticeUncheckedCreateInput,
    | 'slug'
    | 'title'
    | 'summary'
    | 'problem'
    | 'goals'
    | 'methods'
    | 'resultsNarrative'
    | 'evidenceLevelCode'
    | 'replicationReadiness'
    | 'costBand'
    | 'resourcesStaff'
    | 'resourcesBudget'
    | 'resourcesDuration'
    | 'organisationName'
    | 'organisationType'
    | 'partners'
    | 'startYear'
    | 'endYear'
    | 'hasMethodicalMaterials'
    | 'offersTraining'
    | 'canHostInternship'
    | 'contacts'
    | 'links'
  >
>;

/** Scalar columns for the fields present in `passport`. */
function passportColumns(p: DraftPassport): PassportColumns {
  const data: PassportColumns = {};
  if (p.slug !== undefined) data.slug = p.slug;
  if (p.title !== undefined) data.title = p.title;
  if (p.summary !== undefined) data.summary = p.summary;
  if (p.problem !== undefined) data.problem = p.problem;
  if (p.goals !== undefined) data.goals = p.goals;
  if (p.methods !== undefined) data.methods = p.methods;
  if (p.resultsNarrative !== undefined) data.resultsNarrative = p.resultsNarrative;
  if (p.evidenceLevel !== undefined) data.evidenceLevelCode = p.evidenceLevel;
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
  return data;
}

const themeRows = (codes: string[]) => codes.map((themeCode) => ({ themeCode }));
const targetGroupRows = (codes: string[]) => codes.map((targetGroupCode) => ({ targetGroupCode }));
const indicatorRows = (list: NonNullable<DraftPassport['indicators']>) =>
  list.map((indicator, position) => ({ position, ...indicator }));

/** A new draft: its columns, owner and relation lists. */
export function passportCreate(
  p: DraftPassport & { slug: string },
  owner: { regionCode: string; actorId: number; slugAuto: boolean },
): Prisma.PracticeUncheckedCreateInput {
  return {
    ...passportColumns(p),
    slug: p.slug,
    slugAuto: owner.slugAuto,
    regionCode: owner.regionCode,
    createdById: owner.actorId,
    status: 'draft',
    ...(p.themeCodes !== undefined ? { themes: { create: themeRows(p.themeCodes) } } : {}),
    ...(p.targetGroupCodes !== undefined
      ? { targetGroups: { create: targetGroupRows(p.targetGroupCodes) } }
      : {}),
    ...(p.indicators !== undefined ? { indicators: { create: indicatorRows(p.indicators) } } : {}),
  };
}

/** The fields present in `passport`; relation lists present are replaced whole. */
export function passportUpdate(p: DraftPassport): Prisma.PracticeUncheckedUpdateInput {
  return {
    ...passportColumns(p),
    ...(p.themeCodes !== undefined ? { themes: { deleteMany: {}, create: themeRows(p.themeCodes) } } : {}),
    ...(p.targetGroupCodes !== undefined
      ? { targetGroups: { deleteMany: {}, create: targetGroupRows(p.targetGroupCodes) } }
      : {}),
    ...(p.indicators !== undefined
      ? { indicators: { deleteMany: {}, create: indicatorRows(p.indicators) } }
      : {}),
  };
}
