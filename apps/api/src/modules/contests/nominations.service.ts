// The staff view of a nomination: moderators see everything (every expert's scores, averages,
// ranks, draft awards); an assigned expert sees the entries with their own scores; a
// coordinator sees the entries and which of their region's practices they can still enter.
import type {
  ExpertScore,
  NominationEvent,
  StaffEntry,
  StaffNomination,
  StaffNominationSummary,
} from '@registry/contracts/contests-staff';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { phaseOf, toContest, toEntryPractice } from './contest-mappers';
import { average, isManager, rankEntries, scoreRefusal } from './contest-rules';
import {
  type ExpertRow,
  findAvailableExperts,
  findEligiblePractices,
  findStaffNomination,
  listNominations,
  type StaffNominationRow,
} from './nominations.repository';

export const nominationNotFound = (id: number) =>
  new AppError('NOMINATION_NOT_FOUND', { status: 404, detail: `Номинация №${id} не найдена` });

export const notAssigned = () =>
  new AppError('NOT_ASSIGNED', { status: 403, detail: 'Вы не назначены экспертом этой номинации' });

function toExpertScore(score: StaffNominationRow['entries'][number]['scores'][number]): ExpertScore {
  return {
    expert: { id: score.expertId, name: score.expert.name },
    scores: score.scores,
    weightedScore: Number(score.weightedScore),
    comment: score.comment,
    submittedAt: score.submittedAt.toISOString(),
  };
}

function toEntries(row: StaffNominationRow, actor: Actor): StaffEntry[] {
  const manager = isManager(actor);
  const published = row.resultsPublishedAt !== null;
  const nomination = { expertIds: row.experts.map((e) => e.expert.id), resultsPublished: published };
  const entries = row.entries.map((entry) => {
    const all = entry.scores.map(toExpertScore);
    return {
      id: entry.id,
      practiceId: entry.practiceId,
      practice: toEntryPractice(entry.practice),
      enteredAt: entry.enteredAt.toISOString(),
      award: manager || published ? entry.award : null,
      scores: manager ? all : all.filter((s) => s.expert.id === actor.id),
      averageScore: manager ? average(all.map((s) => s.weightedScore)) : null,
      canScore: scoreRefusal(actor, nomination, entry.practice.regionCode) === null,
    };
  });
  if (manager) return rankEntries(entries);
  return entries.map((entry) => ({ ...entry, rank: null }));
}

/** An expert as moderators see them, warned of the entries of their own region they cannot score. */
function toExpert(expert: ExpertRow, row: StaffNominationRow) {
  const region = expert.region;
  return {
    id: expert.id,
    name: expert.name,
    email: expert.email,
    region,
    ownRegionEntries: region
      ? row.entries.filter((e) => e.practice.regionCode === region.code).map((e) => e.practice.title)
      : [],
  };
}

const toEvent = (event: StaffNominationRow['events'][number]): NominationEvent => ({
  id: event.id,
  action: event.action as NominationEvent['action'],
  actorName: event.actor?.name ?? null,
  practiceTitle: event.practiceTitle,
  fromAward: event.fromAward,
  toAward: event.toAward,
  comment: event.comment,
  createdAt: event.createdAt.toISOString(),
});

export async function getStaffNomination(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
): Promise<StaffNomination> {
  const row = await findStaffNomination(prisma, id);
  if (!row) throw nominationNotFound(id);
  const manager = isManager(actor);
  const experts = row.experts.map(({ expert }) => toExpert(expert, row));
  if (actor.role === 'expert' && !experts.some((e) => e.id === actor.id)) throw notAssigned();
  const published = row.resultsPublishedAt !== null;
  const final = row.resultsFinalAt !== null;
  const contest = toContest(row.contest);
  const mayEnter = actor.role === 'coordinator' || actor.role === 'admin';
  const canEnter = mayEnter && contest.phase === 'open' && !published;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    contest,
    resultsPublishedAt: row.resultsPublishedAt?.toISOString() ?? null,
    resultsFinalAt: row.resultsFinalAt?.toISOString() ?? null,
    criteria: row.rubric.criteria.map((c) => ({ ...c, weight: Number(c.weight) })),
    experts: manager ? experts : [],
    availableExperts: manager
      ? (
          await findAvailableExperts(
            prisma,
            experts.map((e) => e.id),
          )
        ).map((expert) => toExpert(expert, row))
      : [],
    entries: toEntries(row, actor),
    eligiblePractices:
      canEnter && actor.regionCode ? await findEligiblePractices(prisma, actor.regionCode, row.id) : [],
    history: manager ? row.events.map(toEvent) : [],
    can: {
      manage: manager,
      enter: canEnter,
      score: actor.role === 'expert' && !published,
      correct: manager && published && !final,
    },
  };
}

/** Nominations for the staff list: all for moderators, assigned ones for experts, open ones for coordinators. */
export async function listStaffNominations(
  prisma: PrismaClient,
  actor: Actor,
): Promise<{ items: StaffNominationSummary[] }> {
  const now = new Date();
  let where: Prisma.NominationWhereInput = {};
  if (actor.role === 'expert') where = { experts: { some: { expertId: actor.id } } };
  if (actor.role === 'coordinator') {
    where = {
      resultsPublishedAt: null,
      contest: { submissionOpensAt: { lte: now }, submissionClosesAt: { gt: now } },
    };
  }
  const rows = await listNominations(prisma, where);
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      contest: {
        id: row.contest.id,
        slug: row.contest.slug,
        title: row.contest.title,
        phase: phaseOf(row.contest),
      },
      entryCount: row._count.entries,
      resultsPublishedAt: row.resultsPublishedAt?.toISOString() ?? null,
      resultsFinalAt: row.resultsFinalAt?.toISOString() ?? null,
    })),
  };
}
