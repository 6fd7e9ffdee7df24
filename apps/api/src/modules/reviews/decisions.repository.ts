// Prisma writes of the moderator's side that move the practice itself: the first assignment
// takes it into review, a decision moves it and dates the review. Each runs inside the
// service's transaction and checks the revision and status it was based on.
import type { PracticeStatus } from '@registry/contracts/practice-enums';
import type { Prisma } from '@registry/db/generated/prisma/client';

type Tx = Prisma.TransactionClient;

export async function createAssignments(
  tx: Tx,
  rows: { practiceId: number; expertId: number; assignedById: number; round: number; dueAt: Date }[],
) {
  return tx.reviewAssignment.createManyAndReturn({ data: rows, select: { id: true, expertId: true } });
}

/** A submitted practice goes into review; false when it no longer is submitted. */
export async function startReview(tx: Tx, id: number) {
  const { count } = await tx.practice.updateMany({
    where: { id, status: 'submitted' },
    data: { status: 'in_review', statusChangedAt: new Date(), revision: { increment: 1 } },
  });
  return count === 1;
}

/**
 * Applies a decision's columns, only while the practice is still at `revision` in `status`;
 * false when someone else changed it first.
 */
export async function applyDecision(
  tx: Tx,
  where: { id: number; revision: number; status: PracticeStatus },
  data: Omit<Prisma.PracticeUncheckedUpdateManyInput, 'revision'>,
) {
  const { count } = await tx.practice.updateMany({ where, data: { ...data, revision: { increment: 1 } } });
  return count === 1;
}

/** Experts who have not answered by the decision are released from it. */
export async function withdrawOpenAssignments(tx: Tx, practiceId: number) {
  await tx.reviewAssignment.updateMany({
    where: { practiceId, status: 'assigned' },
    data: { status: 'withdrawn' },
  });
}

export async function recordPracticeEvent(
  tx: Tx,
  event: {
    practiceId: number;
    actorId: number;
    action: string;
    fromStatus: PracticeStatus;
    toStatus: PracticeStatus;
    comment: string | null;
    revision: number;
  },
) {
  await tx.practiceEvent.create({ data: event, select: { id: true } });
}
