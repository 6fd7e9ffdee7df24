// Moderators set contests up: dates and submission window, nominations (each with its own copy
// of the practice review rubric, so tuning it never changes practice reviews) and their experts.
import type { ContestDetail, NominationSummary } from '@registry/contracts/contests';
import type { ContestBodySchema, NominationBodySchema } from '@registry/contracts/contests-staff';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { toNominationSummary } from './contest-mappers';
import { slugify } from './contest-rules';
import { contestNotFound, getContest } from './contests.service';
import {
  addNominationExpert,
  contestSlugTaken,
  findContestForNomination,
  findContestSlug,
  findNominationRef,
  findNominationSummaryRow,
  findUserRole,
  insertContest,
  insertNomination,
  nominationSlugTaken,
  removeNominationExpert,
  updateContestRow,
  updateNominationRow,
} from './contests-admin.repository';
import { getStaffNomination, nominationNotFound } from './nominations.service';

type ContestBody = z.output<typeof ContestBodySchema>;
type NominationBody = z.output<typeof NominationBodySchema>;

const slugTaken = (slug: string) =>
  new AppError('SLUG_TAKEN', {
    status: 409,
    detail: `Адрес «${slug}» уже занят`,
    errors: [{ field: 'body.slug', message: 'Адрес уже занят' }],
  });

/** The requested slug (409 when taken) or one made from the title, numbered until free. */
async function pickSlug(taken: (slug: string) => Promise<boolean>, body: { slug?: string; title: string }) {
  if (body.slug) {
    if (await taken(body.slug)) throw slugTaken(body.slug);
    return body.slug;
  }
  const base = slugify(body.title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}

const contestData = (body: ContestBody) => ({
  title: body.title,
  description: body.description,
  startsOn: new Date(`${body.startsOn}T00:00:00Z`),
  endsOn: new Date(`${body.endsOn}T00:00:00Z`),
  submissionOpensAt: new Date(body.submissionOpensAt),
  submissionClosesAt: new Date(body.submissionClosesAt),
  winnerLabel: body.winnerLabel,
  finalistLabel: body.finalistLabel,
});

export async function createContest(prisma: PrismaClient, body: ContestBody): Promise<ContestDetail> {
  const slug = await pickSlug((s) => contestSlugTaken(prisma, s), body);
  await insertContest(prisma, slug, contestData(body));
  return getContest(prisma, slug);
}

export async function updateContest(
  prisma: PrismaClient,
  id: number,
  body: ContestBody,
): Promise<ContestDetail> {
  const current = await findContestSlug(prisma, id);
  if (!current) throw contestNotFound(`№${id}`);
  const slug = body.slug ?? current.slug;
  if (slug !== current.slug && (await contestSlugTaken(prisma, slug))) throw slugTaken(slug);
  await updateContestRow(prisma, id, slug, contestData(body));
  return getContest(prisma, slug);
}

export async function createNomination(
  prisma: PrismaClient,
  contestId: number,
  body: NominationBody,
): Promise<NominationSummary> {
  const contest = await findContestForNomination(prisma, contestId);
  if (!contest) throw contestNotFound(`№${contestId}`);
  const slug = await pickSlug((s) => nominationSlugTaken(prisma, contestId, s), body);
  const id = await prisma.$transaction((tx) =>
    insertNomination(tx, {
      contestId,
      slug,
      title: body.title,
      description: body.description,
      sortOrder: contest._count.nominations + 1,
    }),
  );
  return loadSummary(prisma, id);
}

async function loadSummary(prisma: PrismaClient, id: number) {
  return toNominationSummary(await findNominationSummaryRow(prisma, id));
}

export async function updateNomination(prisma: PrismaClient, id: number, body: NominationBody) {
  const current = await findNominationRef(prisma, id);
  if (!current) throw nominationNotFound(id);
  const slug = body.slug ?? current.slug;
  if (slug !== current.slug && (await nominationSlugTaken(prisma, current.contestId, slug)))
    throw slugTaken(slug);
  await updateNominationRow(prisma, id, { slug, title: body.title, description: body.description });
  return loadSummary(prisma, id);
}

export async function assignExpert(prisma: PrismaClient, actor: Actor, id: number, expertId: number) {
  const nomination = await findNominationRef(prisma, id);
  if (!nomination) throw nominationNotFound(id);
  if (nomination.resultsPublishedAt) {
    throw new AppError('RESULTS_PUBLISHED', { status: 409, detail: 'Итоги номинации уже опубликованы' });
  }
  const expert = await findUserRole(prisma, expertId);
  if (expert?.role !== 'expert' || expert.status !== 'active') {
    throw new AppError('NOT_AN_EXPERT', {
      status: 400,
      detail: 'Назначить можно только активного эксперта',
      errors: [{ field: 'params.expertId', message: 'Это не активный эксперт' }],
    });
  }
  await addNominationExpert(prisma, id, expertId);
  return getStaffNomination(prisma, actor, id);
}

export async function unassignExpert(prisma: PrismaClient, actor: Actor, id: number, expertId: number) {
  if (!(await findNominationRef(prisma, id))) throw nominationNotFound(id);
  await removeNominationExpert(prisma, id, expertId);
  return getStaffNomination(prisma, actor, id);
}
