// What the workflow lists: the practices awaiting someone, and one practice's audit history.
import type { PracticeStatus } from '@registry/contracts/practice-enums';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { loadVisible } from './submissions.service';
import { findEvents, listWorkflow } from './workflow.repository';

const AWAITS: Record<Actor['role'], readonly string[]> = {
  coordinator: ['draft', 'needs_revision'],
  moderator: ['submitted'],
  admin: ['submitted'],
  expert: [],
};

export async function listSubmissions(
  prisma: PrismaClient,
  actor: Actor,
  statuses: readonly PracticeStatus[] | undefined,
) {
  if (actor.role === 'expert') {
    throw new AppError('FORBIDDEN', {
      status: 403,
      detail: 'Экспертам доступны только назначенные им практики',
    });
  }
  const rows = await listWorkflow(prisma, {
    ...(actor.role === 'coordinator' ? { regionCode: actor.regionCode ?? '--' } : {}),
    statuses,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title || 'Без названия',
      status: row.status,
      statusChangedAt: row.statusChangedAt.toISOString(),
      regionCode: row.regionCode,
      regionName: row.region.nameRu,
      awaitsMe: AWAITS[actor.role].includes(row.status),
    })),
  };
}

export async function history(prisma: PrismaClient, actor: Actor, id: number) {
  await loadVisible(prisma, actor, id);
  const events = await findEvents(prisma, id);
  return {
    items: events.map(({ actor: who, at, sectionComments, ...event }) => ({
      ...event,
      at: at.toISOString(),
      actorName: who?.name ?? null,
      sectionComments,
    })),
  };
}
