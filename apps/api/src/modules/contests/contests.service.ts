// Public reads: contests, their nominations, entries and — once published — results. Experts'
// scores never leave the staff side.
import type {
  ContestDetail,
  ContestSummary,
  NominationPage,
  PracticeAward,
  PublicEntry,
} from '@registry/contracts/contests';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { day, labelsOf, toContest, toEntryPractice, toNominationSummary } from './contest-mappers';
import { findContest, findPracticeEntries, findPublicNomination, listContests } from './contests.repository';

export const contestNotFound = (what: string) =>
  new AppError('CONTEST_NOT_FOUND', { status: 404, detail: `Конкурс «${what}» не найден` });

export async function getContests(prisma: PrismaClient): Promise<{ items: ContestSummary[] }> {
  const rows = await listContests(prisma);
  return { items: rows.map((row) => ({ ...toContest(row), nominationCount: row._count.nominations })) };
}

export async function getContest(prisma: PrismaClient, slug: string): Promise<ContestDetail> {
  const row = await findContest(prisma, { slug });
  if (!row) throw contestNotFound(slug);
  return {
    ...toContest(row),
    nominationCount: row.nominations.length,
    nominations: row.nominations.map(toNominationSummary),
  };
}

const AWARD_ORDER = { winner: 0, finalist: 1 } as const;

export async function getNominationPage(
  prisma: PrismaClient,
  slug: string,
  nominationSlug: string,
): Promise<NominationPage> {
  const row = await findPublicNomination(prisma, slug, nominationSlug);
  if (!row) {
    throw new AppError('NOMINATION_NOT_FOUND', {
      status: 404,
      detail: `Номинация «${nominationSlug}» конкурса «${slug}» не найдена`,
    });
  }
  const published = row.resultsPublishedAt !== null;
  const entries: PublicEntry[] = row.entries.map((entry) => ({
    practice: toEntryPractice(entry.practice),
    award: published ? entry.award : null,
  }));
  // Awarded entries first once results are out; the query already sorts by title.
  entries.sort((a, b) => (a.award ? AWARD_ORDER[a.award] : 2) - (b.award ? AWARD_ORDER[b.award] : 2));
  return { contest: toContest(row.contest), nomination: toNominationSummary(row), entries };
}

export async function getPracticeAwards(
  prisma: PrismaClient,
  practiceSlug: string,
): Promise<{ items: PracticeAward[] }> {
  const row = await findPracticeEntries(prisma, practiceSlug);
  if (!row) {
    throw new AppError('PRACTICE_NOT_FOUND', {
      status: 404,
      detail: `Практика «${practiceSlug}» не найдена или не опубликована`,
    });
  }
  return {
    items: row.nominationEntries.map(({ award, nomination }) => ({
      contest: {
        slug: nomination.contest.slug,
        title: nomination.contest.title,
        startsOn: day(nomination.contest.startsOn),
        endsOn: day(nomination.contest.endsOn),
        awardLabels: labelsOf(nomination.contest),
      },
      nomination: { id: nomination.id, slug: nomination.slug, title: nomination.title },
      award: nomination.resultsPublishedAt ? award : null,
    })),
  };
}
