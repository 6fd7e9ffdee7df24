// The expert's side of a review: their assignments, scoring a practice against the rubric, and
// declining. Reviews are independent: the others' scores show only after one's own is sent.
import type { AssignmentDetail, Review, SubmitReviewBodySchema } from '@registry/contracts/reviews';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { toAssignment, toReview } from './review-mappers';
import { weightedScore } from './review-rules';
import {
  type AssignmentRow,
  declineAssignment,
  evidenceLevelExists,
  findAssignment,
  listAssignments,
  rubricCriteria,
  saveReview,
} from './reviews.repository';

const notFound = (id: number) =>
  // The same answer whether the assignment does not exist or belongs to another expert.
  new AppError('ASSIGNMENT_NOT_FOUND', { status: 404, detail: `Назначение №${id} не найдено` });

/** The assignment, if it is the signed-in expert's own. */
async function ownAssignment(prisma: PrismaClient, expert: Actor, id: number): Promise<AssignmentRow> {
  const row = await findAssignment(prisma, id);
  if (!row || row.expertId !== expert.id) throw notFound(id);
  return row;
}

function notOpen(row: AssignmentRow) {
  return new AppError('ASSIGNMENT_CLOSED', {
    status: 409,
    detail:
      row.status === 'submitted'
        ? 'Оценка по этому назначению уже отправлена'
        : 'Назначение больше не действует: эксперт отказался или модератор снял его',
  });
}

export async function listMine(prisma: PrismaClient, expert: Actor) {
  const rows = await listAssignments(prisma, { expertId: expert.id, status: { not: 'withdrawn' } });
  const now = new Date();
  return { items: rows.map((row) => toAssignment(row, now)) };
}

export async function assignmentDetail(
  prisma: PrismaClient,
  expert: Actor,
  id: number,
): Promise<AssignmentDetail> {
  const row = await ownAssignment(prisma, expert, id);
  const review = toReview(row);
  let others: Review[] | null = null;
  if (review) {
    const peers = await listAssignments(prisma, {
      practiceId: row.practiceId,
      round: row.round,
      status: 'submitted',
      id: { not: row.id },
    });
    others = peers.map(toReview).filter((r): r is Review => r !== null);
  }
  const criteria = review
    ? // A sent review keeps the criteria it was scored on, even if the rubric changed since.
      review.scores.map((s, index) => ({
        id: index + 1,
        code: s.code,
        nameRu: s.name,
        descriptionRu: '',
        weight: s.weight,
        sortOrder: index + 1,
        active: true,
      }))
    : await rubricCriteria(prisma, true);
  return { assignment: toAssignment(row), criteria, review, others };
}

export async function submitReview(
  prisma: PrismaClient,
  expert: Actor,
  id: number,
  body: z.output<typeof SubmitReviewBodySchema>,
) {
  const row = await ownAssignment(prisma, expert, id);
  if (row.status !== 'assigned') throw notOpen(row);
  const criteria = await rubricCriteria(prisma, true);
  const given = new Map(body.scores.map((s) => [s.code, s]));
  const errors = criteria
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => !given.has(c.code))
    .map(({ c, index }) => ({ field: `body.scores.${index}`, message: `Оцените критерий «${c.nameRu}»` }));
  const known = new Set(criteria.map((c) => c.code));
  body.scores.forEach((s, index) => {
    if (!known.has(s.code))
      errors.push({ field: `body.scores.${index}.code`, message: `Неизвестный критерий «${s.code}»` });
  });
  if (body.proposedEvidenceLevel) {
    if (!(await evidenceLevelExists(prisma, body.proposedEvidenceLevel)))
      errors.push({ field: 'body.proposedEvidenceLevel', message: 'Неизвестный уровень доказанности' });
  }
  if (errors.length)
    throw new AppError('INCOMPLETE_REVIEW', { status: 400, detail: 'Оценка заполнена не полностью', errors });

  // Scores keep the criterion's name and weight of today: later rubric edits leave them as they are.
  const scores = criteria.map((c) => {
    const s = given.get(c.code) as (typeof body.scores)[number];
    return { code: c.code, name: c.nameRu, weight: c.weight, score: s.score, comment: s.comment };
  });
  const sent = await saveReview(prisma, id, {
    scores,
    weightedScore: weightedScore(scores),
    recommendation: body.recommendation,
    proposedEvidenceLevelCode: body.proposedEvidenceLevel,
    comment: body.comment,
  });
  if (!sent) throw notOpen(row);
  return assignmentDetail(prisma, expert, id);
}

export async function decline(prisma: PrismaClient, expert: Actor, id: number, reason: string) {
  const row = await ownAssignment(prisma, expert, id);
  if (row.status !== 'assigned') throw notOpen(row);
  await declineAssignment(prisma, id, reason);
  return toAssignment((await findAssignment(prisma, id)) as AssignmentRow);
}
