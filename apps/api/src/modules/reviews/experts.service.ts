// The experts a moderator chooses from, with why each may not review a given practice.
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { conflictMessages, conflictOf } from './review-rules';
import { liveExpertIds, loadPractice } from './reviewed-practice';
import { listExpertRows } from './reviews.repository';

/** Experts with their region, declared conflicts and, for a practice, why they may not review it. */
export async function listExperts(prisma: PrismaClient, practiceId: number | undefined) {
  const experts = await listExpertRows(prisma);
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
