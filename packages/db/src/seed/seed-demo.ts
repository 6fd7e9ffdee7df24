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

/**
 * Returns how many demo practices were written (0 when the catalogue has practices of its own).
 * One statement per practice and no long transaction, so a slow machine cannot time it out; a
 * run cut short is completed at the next start (practices already there are skipped by slug).
 */
export async function seedDemoPractices(prisma: PrismaClient): Promise<number> {
  if ((await prisma.practice.count({ where: { isDemo: false } })) > 0) return 0;
  const practices = loadDemoPractices();
  const existing = new Set(
    (await prisma.practice.findMany({ where: { isDemo: true }, select: { slug: true } })).map((p) => p.slug),
  );
  // Spread publication dates over the last months so "newest" has a meaningful order.
  const now = Date.now();
  let written = 0;
  for (const [index, { status, sources: _sources, recommendation, ...passport }] of practices.entries()) {
    if (existing.has(passport.slug)) continue;
    const statusChangedAt = new Date(now - index * 9 * 24 * 3600 * 1000);
    await prisma.practice.create({
      data: {
        ...passportToCreateInput(passport, { status, isDemo: true, statusChangedAt }),
        // A recommended practice carries its review outcome, as one decided by a moderator would.
        ...(recommendation ? reviewOutcome(recommendation, statusChangedAt) : {}),
      },
      select: { id: true },
    });
    written += 1;
  }
  return written;
}
