// Moderators set contests up: dates and submission window, nominations (each with its own copy
// of the practice review rubric, so tuning it never changes practice reviews) and their experts.
import type { ContestDetail, NominationSummary } from '@registry/contracts/contests';
import type { ContestBodySchema, NominationBodySchema } from '@registry/contracts/contests-staff';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { toNominationSummary } from './contest-mappers';
import { type Actor, slugify } from './contest-rules';
import { copyReviewRubric } from './contests.repository';
import { contestNotFound, getContest } from './contests.service';
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
  const slug = await pickSlug(async (s) => (await prisma.contest.count({ where: { slug: s } })) > 0, body);
  await prisma.contest.create({ data: { slug, ...contestData(body) }, select: { id: true } });
  return getContest(prisma, slug);
}

export async function updateContest(
  prisma: PrismaClient,
  id: number,
  body: ContestBody,
): Promise<ContestDetail> {
  const current = await prisma.contest.findUnique({ where: { id }, select: { slug: true } });
  if (!current) throw contestNotFound(`№${id}`);
  const slug = body.slug ?? current.slug;
  if (slug !== current.slug && (await prisma.contest.count({ where: { slug } })) > 0) throw slugTaken(slug);
  await prisma.contest.update({ where: { id }, data: { slug, ...contestData(body) }, select: { id: true } });
  return getContest(prisma, slug);
}

export async function createNomination(
  prisma: PrismaClient,
  contestId: number,
  body: NominationBody,
): Promise<NominationSummary> {
  const contest = await prisma.contest.findUnique({
    where: { id: contestId },
    select: { id: true, _count: { select: { nominations: true } } },
  });
  if (!contest) throw contestNotFound(`№${contestId}`);
  const slug = await pickSlug(
    async (s) => (await prisma.nomination.count({ where: { contestId, slug: s } })) > 0,
    body,
  );
  const id = await prisma.$transaction(async (tx) => {
    const rubric = await copyReviewRubric(
      tx,
      `nomination-new-${contestId}-${slug}`,
      `Номинация «${body.title}»`,
    );
    const nomination = await tx.nomination.create({
      data: {
        contestId,
        slug,
        title: body.title,
        description: body.description,
        rubricId: rubric.id,
        sortOrder: contest._count.nominations + 1,
      },
      select: { id: true },
    });
    await tx.rubric.update({ where: { id: rubric.id }, data: { code: `nomination-${nomination.id}` } });
    return nomination.id;
  });
  return loadSummary(prisma, id);
}

async function loadSummary(prisma: PrismaClient, id: number) {
  const row = await prisma.nomination.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      resultsPublishedAt: true,
      resultsFinalAt: true,
      _count: { select: { entries: true } },
    },
  });
  return toNominationSummary(row);
}

export async function updateNomination(prisma: PrismaClient, id: number, body: NominationBody) {
  const current = await prisma.nomination.findUnique({
    where: { id },
    select: { contestId: true, slug: true },
  });
  if (!current) throw nominationNotFound(id);
  const slug = body.slug ?? current.slug;
  if (
    slug !== current.slug &&
    (await prisma.nomination.count({ where: { contestId: current.contestId, slug } })) > 0
  )
    throw slugTaken(slug);
  await prisma.nomination.update({
    where: { id },
    data: { slug, title: body.title, description: body.description },
    select: { id: true },
  });
  return loadSummary(prisma, id);
}

export async function assignExpert(prisma: PrismaClient, actor: Actor, id: number, expertId: number) {
  const nomination = await prisma.nomination.findUnique({
    where: { id },
    select: { resultsPublishedAt: true },
  });
  if (!nomination) throw nominationNotFound(id);
  if (nomination.resultsPublishedAt) {
    throw new AppError('RESULTS_PUBLISHED', { status: 409, detail: 'Итоги номинации уже опубликованы' });
  }
  const expert = await prisma.user.findUnique({
    where: { id: expertId },
    select: { role: true, status: true },
  });
  if (expert?.role !== 'expert' || expert.status !== 'active') {
    throw new AppError('NOT_AN_EXPERT', {
      status: 400,
      detail: 'Назначить можно только активного эксперта',
      errors: [{ field: 'params.expertId', message: 'Это не активный эксперт' }],
    });
  }
  await prisma.nominationExpert.upsert({
    where: { nominationId_expertId: { nominationId: id, expertId } },
    create: { nominationId: id, expertId },
    update: {},
  });
  return getStaffNomination(prisma, actor, id);
}

export async function unassignExpert(prisma: PrismaClient, actor: Actor, id: number, expertId: number) {
  const nomination = await prisma.nomination.findUnique({ where: { id }, select: { id: true } });
  if (!nomination) throw nominationNotFound(id);
  await prisma.nominationExpert.deleteMany({ where: { nominationId: id, expertId } });
  return getStaffNomination(prisma, actor, id);
}
