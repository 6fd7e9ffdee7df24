// The search glossary's first entries (prisma/seed/glossary.json). Seeded once per installation:
// afterwards moderators own the glossary, so a restart never brings back an entry they removed
// or undoes their edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import { findRepoRoot } from '../repo-root';

export interface GlossarySeed {
  term: string;
  expansions: string[];
  synonyms: string[];
}

export function loadGlossarySeed(): GlossarySeed[] {
  const path = join(findRepoRoot(), 'prisma', 'seed', 'glossary.json');
  return JSON.parse(readFileSync(path, 'utf8')).entries;
}

/** Seeds the glossary unless it was seeded before; returns how many entries were added. */
export async function seedGlossary(prisma: PrismaClient): Promise<number> {
  const marker = await prisma.appSetting.findUnique({ where: { key: 'glossary_seeded' } });
  if (marker) return 0;
  // No transaction (start-up must not need a long one): entries first, skipping any that exist,
  // then the marker; a start cut short in between simply seeds again, adding nothing twice.
  const { count } = await prisma.glossaryEntry.createMany({ data: loadGlossarySeed(), skipDuplicates: true });
  await prisma.appSetting.upsert({
    where: { key: 'glossary_seeded' },
    create: { key: 'glossary_seeded', value: new Date().toISOString() },
    update: {},
    select: { key: true },
  });
  return count;
}
