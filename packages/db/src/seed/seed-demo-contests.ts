// Demo contests (prisma/seed/demo-contests.json) with nominations and published results over
// the demo practices, so the public contest pages are not empty on a fresh start. Seeded with
// the demo practices (SEED_DEMO), once: a contest whose slug exists is left alone, and entries
// name only practices that exist and are public.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import { findRepoRoot } from '../repo-root';

const DemoContestSchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  submissionOpensAt: z.iso.datetime({ offset: true }),
  submissionClosesAt: z.iso.datetime({ offset: true }),
  resultsPublishedAt: z.iso.datetime({ offset: true }).nullable(),
  nominations: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      description: z.string(),
      entries: z.array(z.object({ practice: z.string(), award: z.enum(['winner', 'finalist']).nullable() })),
    }),
  ),
});

export function loadDemoContests() {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'demo-contests.json');
  return z.array(DemoContestSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Returns how many demo contests were written. */
// A contest with its nominations is written as one unit; a busy machine needs more than
// Prisma's default 5 s for it.
const SLOW_MACHINE_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

export async function seedDemoContests(prisma: PrismaClient): Promise<number> {
  let written = 0;
  for (const contest of loadDemoContests()) {
    if (await prisma.contest.findUnique({ where: { slug: contest.slug }, select: { id: true } })) continue;
    const practices = await prisma.practice.findMany({
      where: {
        slug: { in: contest.nominations.flatMap((n) => n.entries.map((e) => e.practice)) },
        status: { in: ['published', 'recommended'] },
      },
      select: { id: true, slug: true },
    });
    const idOf = new Map(practices.map((p) => [p.slug, p.id]));
    const criteria = await prisma.rubricCriterion.findMany({
      where: { rubric: { code: 'practice_review' }, active: true },
      select: { code: true, nameRu: true, descriptionRu: true, weight: true, sortOrder: true },
    });
    await prisma.$transaction(async (tx) => {
      const { id: contestId } = await tx.contest.create({
        data: {
          slug: contest.slug,
          title: contest.title,
          description: contest.description,
          startsOn: new Date(`${contest.startsOn}T00:00:00Z`),
          endsOn: new Date(`${contest.endsOn}T00:00:00Z`),
          submissionOpensAt: new Date(contest.submissionOpensAt),
          submissionClosesAt: new Date(contest.submissionClosesAt),
        },
        select: { id: true },
      });
      for (const [index, nomination] of contest.nominations.entries()) {
        const rubric = await tx.rubric.create({
          data: {
            code: `nomination-new-${contestId}-${nomination.slug}`,
            nameRu: `Номинация «${nomination.title}»`,
            criteria: { create: criteria },
          },
          select: { id: true },
        });
        const { id } = await tx.nomination.create({
          data: {
            contestId,
            slug: nomination.slug,
            title: nomination.title,
            description: nomination.description,
            rubricId: rubric.id,
            sortOrder: index + 1,
            resultsPublishedAt: contest.resultsPublishedAt ? new Date(contest.resultsPublishedAt) : null,
            // A past forum's results are history: published for good.
            resultsFinalAt: contest.resultsPublishedAt ? new Date(contest.resultsPublishedAt) : null,
          },
          select: { id: true },
        });
        await tx.rubric.update({ where: { id: rubric.id }, data: { code: `nomination-${id}` } });
        const entries = nomination.entries.filter((e) => idOf.has(e.practice));
        await tx.nominationEntry.createMany({
          data: entries.map((e) => ({
            nominationId: id,
            practiceId: idOf.get(e.practice) as number,
            award: e.award,
            enteredAt: new Date(contest.submissionOpensAt),
          })),
        });
      }
    }, SLOW_MACHINE_TRANSACTION);
    written += 1;
  }
  return written;
}
