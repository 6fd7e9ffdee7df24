import type { PassportInput } from '@registry/contracts/practice-passport';
import type { Prisma } from '../generated/prisma/client';

/** Maps a passport as written (contracts) to Prisma's nested create input. */
export function passportToCreateInput(
  passport: PassportInput,
  extra: { status: Prisma.PracticeCreateInput['status']; isDemo: boolean; statusChangedAt?: Date },
): Prisma.PracticeCreateInput {
  return {
    slug: passport.slug,
    title: passport.title,
    summary: passport.summary,
    problem: passport.problem,
    goals: passport.goals,
    methods: passport.methods,
    resultsNarrative: passport.resultsNarrative,
    evidenceLevel: { connect: { code: passport.evidenceLevel } },
    replicationReadiness: passport.replicationReadiness,
    costBand: passport.costBand,
    resourcesStaff: passport.resources.staff,
    resourcesBudget: passport.resources.budget,
    resourcesDuration: passport.resources.duration,
    organisationName: passport.organisation.name,
    organisationType: passport.organisation.type,
    region: { connect: { code: passport.regionCode } },
    partners: passport.partners,
    startYear: passport.startYear,
    endYear: passport.endYear,
    hasMethodicalMaterials: passport.support.methodicalMaterials,
    offersTraining: passport.support.training,
    canHostInternship: passport.support.internship,
    contacts: passport.contacts,
    links: passport.links,
    status: extra.status,
    isDemo: extra.isDemo,
    ...(extra.statusChangedAt ? { statusChangedAt: extra.statusChangedAt } : {}),
    themes: { create: passport.themeCodes.map((themeCode) => ({ themeCode })) },
    targetGroups: { create: passport.targetGroupCodes.map((targetGroupCode) => ({ targetGroupCode })) },
    indicators: {
      create: passport.indicators.map((indicator, position) => ({ position, ...indicator })),
    },
  };
}
