// Database rows → contract shapes.
import type { ContestSummary, EntryPractice, NominationSummary } from '@registry/contracts/contests';
import { submissionPhase } from './contest-rules';
import type { ContestRow, EntryPracticeRow, PublicNominationRow } from './contests.repository';

const day = (value: Date) => value.toISOString().slice(0, 10);

export const phaseOf = (contest: ContestRow, now = new Date()) =>
  submissionPhase({ opensAt: contest.submissionOpensAt, closesAt: contest.submissionClosesAt }, now);

export function toContest(row: ContestRow): Omit<ContestSummary, 'nominationCount'> {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    startsOn: day(row.startsOn),
    endsOn: day(row.endsOn),
    submissionOpensAt: row.submissionOpensAt.toISOString(),
    submissionClosesAt: row.submissionClosesAt.toISOString(),
    phase: phaseOf(row),
    awardLabels: labelsOf(row),
  };
}

/** The contest's names of its awards. */
export const labelsOf = (row: { winnerLabel: string; finalistLabel: string }) => ({
  winner: row.winnerLabel,
  finalist: row.finalistLabel,
});

export function toNominationSummary(row: PublicNominationRow): NominationSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    entryCount: row._count.entries,
    resultsPublishedAt: row.resultsPublishedAt?.toISOString() ?? null,
    resultsFinalAt: row.resultsFinalAt?.toISOString() ?? null,
  };
}

export function toEntryPractice(row: EntryPracticeRow): EntryPractice {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    organisationName: row.organisationName,
    region: { code: row.region.code, nameRu: row.region.nameRu },
    isDemo: row.isDemo,
  };
}

export { day };
