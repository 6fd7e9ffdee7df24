// The experts a moderator chooses from, with why each may not review a given practice.
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { loadPractice } from './review-board.service';
import { conflictMessages, conflictOf } from './review-rules';
import { currentRound, type ReviewedPracticeRow } from './reviews.repository';

/** Experts with their region, declared conflicts and, for a practice, why they may not review it. */
export async function listExperts(prisma: PrismaClient, practiceId: number | undefined) {
  const experts = await prisma.user.findMany({
    where: { role: 'expert', status: { not: 'disabled' } },
    select: {
      id: true,
      name: true,
      role: true,
      regionCode: true,
      region: { select: { code: true, nameRu: true } },
      conflicts: { select: { organisationName: true }, orderBy: { id: 'asc' } },
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const practice = practiceId ? await loadPractice(prisma, practiceId) : null;
  const live = practice ? await liveExpertIds(prisma, practice) : [];
  return {
    items: experts.map((e) => {
      const conflicts = e.conflicts.map((c) => c.organisationName);
      const reason = practice ? conflictOf({ ...e, conflicts }, { ...practice, liveExpertIds: live }) : null;
      return {
        id: e.id,
        name: e.name,
        region: e.region,
        conflicts,
        refusal: reason ? conflictMessages[reason](e.name) : null,
      };
    }),
  };
}

export async function liveExpertIds(prisma: PrismaClient, practice: ReviewedPracticeRow) {
  const round = await currentRound(prisma, practice);
  const rows = await prisma.reviewAssignment.findMany({
    where: { practiceId: practice.id, round, status: { in: ['assigned', 'submitted'] } },
    select: { expertId: true },
  });
  return rows.map((r) => r.expertId);
}
