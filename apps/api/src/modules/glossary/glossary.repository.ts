// Glossary rows: through Prisma for the editing page, and the catalogue's read of the whole
// glossary through the pool (glossary-loader.ts keeps it per catalogue version).
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { Pool } from 'pg';
import type { GlossaryTerm } from './glossary-terms';

/** Every entry's forms, in the order they were made (a form belongs to the first entry). */
export async function readAllTerms(pool: Pool): Promise<GlossaryTerm[]> {
  const { rows } = await pool.query<GlossaryTerm>(
    'SELECT term, expansions, synonyms FROM glossary_entries ORDER BY id',
  );
  return rows;
}

const entrySelect = { id: true, term: true, expansions: true, synonyms: true, updatedAt: true } as const;

export type GlossaryRow = Awaited<ReturnType<typeof findEntries>>[number];

export function findEntries(prisma: PrismaClient) {
  return prisma.glossaryEntry.findMany({ select: entrySelect, orderBy: { term: 'asc' } });
}

export function findEntry(prisma: PrismaClient, id: number) {
  return prisma.glossaryEntry.findUnique({ select: entrySelect, where: { id } });
}

export interface EntryData {
  term: string;
  expansions: string[];
  synonyms: string[];
}

export function insertEntry(prisma: PrismaClient, data: EntryData) {
  return prisma.glossaryEntry.create({ select: entrySelect, data });
}

export function updateEntry(prisma: PrismaClient, id: number, data: EntryData) {
  return prisma.glossaryEntry.update({ select: entrySelect, where: { id }, data });
}

export function deleteEntry(prisma: PrismaClient, id: number) {
  return prisma.glossaryEntry.delete({ select: { id: true }, where: { id } });
}
