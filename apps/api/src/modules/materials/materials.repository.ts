// Prisma calls of the materials module. A material's bytes are written in chunks in the same
// transaction as its row, so a failed upload leaves nothing behind.
import type { PrismaClient } from '@registry/db/generated/prisma/client';

/** Bytes per stored chunk: a download holds at most one chunk in memory at a time. */
export const CHUNK_BYTES = 512 * 1024;

const materialSelect = {
  id: true,
  practiceId: true,
  title: true,
  kind: true,
  fileName: true,
  format: true,
  mediaType: true,
  sizeBytes: true,
  createdAt: true,
  removedAt: true,
  storage: true,
  objectKey: true,
} as const;

export type MaterialRow = Awaited<ReturnType<typeof findMaterial>> & {};

export function findPracticeRef(prisma: PrismaClient, where: { id: number } | { slug: string }) {
  return prisma.practice.findUnique({
    where,
    select: {
      id: true,
      regionCode: true,
      status: true,
      reviewAssignments: {
        where: { status: { in: ['assigned', 'submitted'] } },
        select: { expertId: true },
      },
    },
  });
}

export function findMaterial(prisma: PrismaClient, id: number) {
  return prisma.practiceMaterial.findUnique({ where: { id }, select: materialSelect });
}

/** The passport's current materials, in the order they were added. */
export function findCurrentMaterials(prisma: PrismaClient, practiceId: number) {
  return prisma.practiceMaterial.findMany({
    where: { practiceId, removedAt: null },
    orderBy: { id: 'asc' },
    select: materialSelect,
  });
}

/** Current and removed-but-kept materials, each with the numbers of the versions that list it. */
export function findAllMaterials(prisma: PrismaClient, practiceId: number) {
  return prisma.practiceMaterial.findMany({
    where: { practiceId },
    orderBy: { id: 'asc' },
    select: {
      ...materialSelect,
      versions: { select: { version: { select: { number: true } } }, orderBy: { versionId: 'asc' } },
    },
  });
}

export function countCurrentMaterials(prisma: PrismaClient, practiceId: number) {
  return prisma.practiceMaterial.count({ where: { practiceId, removedAt: null } });
}

export interface NewMaterial {
  practiceId: number;
  title: string;
  kind: 'guide' | 'programme' | 'presentation' | 'form' | 'report' | 'other';
  fileName: string;
  format: string;
  mediaType: string;
  sha256: string;
  createdById: number;
  sizeBytes: number;
}

/**
 * Row and chunks together, or nothing (one transaction). `chunks`: the bytes to keep in the
 * database, or null when they are in the object store under `objectKey`.
 */
export async function insertMaterial(
  prisma: PrismaClient,
  data: NewMaterial & { storage: 'database' | 's3'; objectKey: string | null },
  bytes: Uint8Array | null,
) {
  return prisma.$transaction(
    async (tx) => {
      const row = await tx.practiceMaterial.create({
        data,
        select: materialSelect,
      });
      for (let seq = 0, offset = 0; bytes && offset < bytes.byteLength; seq += 1, offset += CHUNK_BYTES) {
        await tx.practiceMaterialChunk.create({
          data: {
            materialId: row.id,
            seq,
            bytes: Uint8Array.from(bytes.subarray(offset, offset + CHUNK_BYTES)),
          },
        });
      }
      return row;
    },
    // A 25 MB file on a busy machine takes longer than Prisma's default 5 s.
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * Removes a material: for good when no kept version lists it ('deleted': its bytes may go too),
 * otherwise only from the passport ('kept').
 */
export async function removeMaterial(prisma: PrismaClient, id: number): Promise<'deleted' | 'kept'> {
  const kept = await prisma.practiceVersionMaterial.count({ where: { materialId: id } });
  if (kept > 0) {
    await prisma.practiceMaterial.update({ where: { id }, data: { removedAt: new Date() } });
    return 'kept';
  }
  await prisma.practiceMaterial.delete({ where: { id } });
  return 'deleted';
}

/** One chunk's bytes, or null past the end (or when the material has gone meanwhile). */
export async function readChunk(prisma: PrismaClient, materialId: number, seq: number) {
  const row = await prisma.practiceMaterialChunk.findUnique({
    where: { materialId_seq: { materialId, seq } },
    select: { bytes: true },
  });
  return row?.bytes ?? null;
}
