// Glossary rows through Prisma; the catalogue's read of the whole glossary is in glossary-loader.ts.
import type { PrismaClient } from '@registry/db/generated/prisma/client';

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
