// The practice under review as the moderator's side reads it: found or a 404, and the experts
// in play in its current round. Shared by the board and the experts list.
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import {
  currentRound,
  findReviewedPractice,
  liveExpertIdsIn,
  type ReviewedPracticeRow,
} from './reviews.repository';

export const practiceNotFound = (id: number) =>
  new AppError('PRACTICE_NOT_FOUND', { status: 404, detail: `Практика №${id} не найдена` });

export async function loadPractice(prisma: PrismaClient, id: number): Promise<ReviewedPracticeRow> {
  const practice = await findReviewedPractice(prisma, id);
  if (!practice) throw practiceNotFound(id);
  return practice;
}

/** Experts with a live assignment in the practice's current round. */
export async function liveExpertIds(prisma: PrismaClient, practice: ReviewedPracticeRow) {
  return liveExpertIdsIn(prisma, practice.id, await currentRound(prisma, practice));
}
