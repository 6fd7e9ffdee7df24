// The admins' view of the security log: newest first, with the names of everyone an entry
// mentions (the account that acted and the account acted on).
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { findEvents, findPeople } from './security-log.repository';

const subjectId = (detail: Record<string, unknown>) => {
  const id = detail.accountId ?? detail.invitedUserId;
  return typeof id === 'number' ? id : null;
};

export async function listSecurityEvents(
  prisma: PrismaClient,
  query: { kind?: string | undefined; email?: string | undefined; limit: number },
) {
  const rows = await findEvents(prisma, {
    limit: query.limit,
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.email ? { email: query.email.toLowerCase() } : {}),
  });
  const details = rows.map((row) => (row.detail ?? {}) as Record<string, unknown>);
  // Names, not numbers: one query for everyone the page mentions.
  const ids = new Set<number>();
  rows.forEach((row, i) => {
    if (row.userId !== null) ids.add(row.userId);
    const subject = subjectId(details[i] ?? {});
    if (subject !== null) ids.add(subject);
  });
  const people = new Map((await findPeople(prisma, [...ids])).map((person) => [person.id, person]));
  const person = (id: number | null) => (id === null ? null : (people.get(id) ?? null));
  return {
    items: rows.map((row, i) => {
      const detail = details[i] ?? {};
      return {
        ...row,
        id: row.id.toString(),
        at: row.at.toISOString(),
        user: person(row.userId),
        detail,
        subject: person(subjectId(detail)),
      };
    }),
  };
}
