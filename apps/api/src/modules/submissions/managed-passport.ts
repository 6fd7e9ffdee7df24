// A stored practice as the workflow sees its passport: the draft form (empty fields left out)
// and what still keeps it from being submitted.
import { hasPublicContact, PassportInputSchema } from '@registry/contracts/practice-passport';
import type { DraftPassport } from '@registry/contracts/submissions';
import type { ManagedRow } from './submissions.repository';

const present = (value: string | null | undefined) => (value ? value : undefined);

/** The passport as stored, with empty fields left out. */
export function toDraftPassport(row: ManagedRow): DraftPassport {
  const passport: DraftPassport = {
    slug: row.slug,
    title: present(row.title),
    summary: present(row.summary),
    problem: present(row.problem),
    goals: present(row.goals),
    methods: present(row.methods),
    resultsNarrative: row.resultsNarrative,
    indicators: row.indicators.map((i) => ({
      ...i,
      baseline: i.baseline === null ? null : Number(i.baseline),
      achieved: i.achieved === null ? null : Number(i.achieved),
    })),
    themeCodes: row.themes.length ? row.themes.map((t) => t.themeCode) : undefined,
    targetGroupCodes: row.targetGroups.length ? row.targetGroups.map((g) => g.targetGroupCode) : undefined,
    evidenceLevel: row.evidenceLevelCode ?? undefined,
    replicationReadiness: row.replicationReadiness ?? undefined,
    costBand: row.costBand ?? undefined,
    resources: { staff: row.resourcesStaff, budget: row.resourcesBudget, duration: row.resourcesDuration },
    organisation: row.organisationType
      ? { name: row.organisationName, type: row.organisationType }
      : undefined,
    partners: row.partners,
    startYear: row.startYear ?? undefined,
    endYear: row.endYear,
    support: {
      methodicalMaterials: row.hasMethodicalMaterials,
      training: row.offersTraining,
      internship: row.canHostInternship,
    },
    contacts: row.contacts,
    links: row.links,
  };
  return Object.fromEntries(Object.entries(passport).filter(([, v]) => v !== undefined)) as DraftPassport;
}

/** Field paths that keep the passport from being submitted. */
export function missingFields(row: ManagedRow): string[] {
  const result = PassportInputSchema.safeParse({ ...toDraftPassport(row), regionCode: row.regionCode });
  const missing = result.success
    ? []
    : result.error.issues.map((issue) => `passport.${String(issue.path[0])}`);
  // A contact that works (an e-mail or a phone), except on demo practices, kept as seeded.
  if (!row.isDemo && !hasPublicContact(row.contacts)) missing.push('passport.contacts');
  return [...new Set(missing)];
}
