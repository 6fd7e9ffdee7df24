// Versions of published practices: every edit of a published passport keeps the one it
// replaced; a diff names the fields that changed between a version and the next.
import type { DraftPassport, VersionDiff } from '@registry/contracts/submissions';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { toDraftPassport } from './managed-passport';
import { loadVisible as visible } from './submissions.service';
import { findSnapshot, listVersionRows } from './workflow.repository';

export async function listVersions(prisma: PrismaClient, actor: Actor, id: number) {
  await visible(prisma, actor, id);
  const rows = await listVersionRows(prisma, id);
  return {
    items: rows.map((row) => ({
      number: row.number,
      createdAt: row.createdAt.toISOString(),
      createdByName: row.createdBy?.name ?? null,
    })),
  };
}

/** JSON with object keys sorted: jsonb does not keep key order, so snapshots compare by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Fields whose values differ, compared by content. */
export function diffPassports(before: DraftPassport, after: DraftPassport): VersionDiff['changes'] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields
    .filter(
      (field) =>
        canonical(before[field as keyof DraftPassport]) !== canonical(after[field as keyof DraftPassport]),
    )
    .map((field) => ({
      field,
      before: before[field as keyof DraftPassport] ?? null,
      after: after[field as keyof DraftPassport] ?? null,
    }));
}

export async function diffVersion(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  number: number,
): Promise<VersionDiff> {
  const row = await visible(prisma, actor, id);
  const [version, next] = await Promise.all([
    findSnapshot(prisma, id, number),
    findSnapshot(prisma, id, number + 1),
  ]);
  if (!version)
    throw new AppError('VERSION_NOT_FOUND', { status: 404, detail: `Версия ${number} не найдена` });
  return {
    from: number,
    to: next ? number + 1 : 'current',
    changes: diffPassports(version, next ?? toDraftPassport(row)),
  };
}
