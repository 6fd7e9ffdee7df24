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
  const [{ count }] = await prisma.$transaction(
    [
      prisma.glossaryEntry.createMany({ data: loadGlossarySeed(), skipDuplicates: true }),
      // A second process seeding at the same moment fails here on the key and writes nothing.
      prisma.appSetting.create({ data: { key: 'glossary_seeded', value: new Date().toISOString() } }),
    ],
    { timeout: 60_000, maxWait: 30_000 },
  );
  return count;
}
