// Demo practices drawn from public news (prisma/seed/demo-practices.json), marked `is_demo`
// and shown as demo data in the UI. Seeded only into a catalogue that has no practices yet,
// so a real installation is never touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DemoPracticeSchema } from '@registry/contracts/practice-passport';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import { findRepoRoot } from '../repo-root';
import { passportToCreateInput } from './passport-to-prisma';
import { SEED_TRANSACTION } from './seed-reference';

export function loadDemoPractices() {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'demo-practices.json');
  return z.array(DemoPracticeSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

const RE_REVIEW_MONTHS = 24;

function reviewOutcome(recommendationText: string, decidedAt: Date) {
  const nextReviewDueAt = new Date(decidedAt);
  nextReviewDueAt.setMonth(nextReviewDueAt.getMonth() + RE_REVIEW_MONTHS);
  return { recommendationText, recommendedAt: decidedAt, lastReviewedAt: decidedAt, nextReviewDueAt };
}

/** Returns how many demo practices were written (0 when the catalogue already had practices). */
export async function seedDemoPractices(prisma: PrismaClient): Promise<number> {
  if ((await prisma.practice.count()) > 0) return 0;
  const practices = loadDemoPractices();
  // Spread publication dates over the last months so "newest" has a meaningful order.
  const now = Date.now();
  await prisma.$transaction(
    practices.map(({ status, sources: _sources, recommendation, ...passport }, index) => {
      const statusChangedAt = new Date(now - index * 9 * 24 * 3600 * 1000);
      return prisma.practice.create({
        data: {
          ...passportToCreateInput(passport, { status, isDemo: true, statusChangedAt }),
          // A recommended practice carries its review outcome, as one decided by a moderator would.
          ...(recommendation ? reviewOutcome(recommendation, statusChangedAt) : {}),
        },
        select: { id: true },
      });
    }),
    SEED_TRANSACTION,
  );
  return practices.length;
}
