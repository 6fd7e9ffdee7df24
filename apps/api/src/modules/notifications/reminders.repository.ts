// What the daily reminders look for, by Moscow calendar date. Reads tables of the reviews,
// practices and contests modules: the reminders are about them, but only notifications sends them.
import type { Prisma } from '@registry/db/generated/prisma/client';

type Tx = Prisma.TransactionClient;

/** Open assignments whose due date (Moscow) is `day` + `offsetDays`. */
export function assignmentsDueOn(tx: Tx, day: string, offsetDays: number) {
  return tx.$queryRaw<
    { id: number; expertId: number; assignedById: number | null; title: string; dueAt: Date }[]
  >`
    SELECT a.id, a.expert_id AS "expertId", a.assigned_by_id AS "assignedById", p.title, a.due_at AS "dueAt"
    FROM review_assignments a JOIN practices p ON p.id = a.practice_id
    WHERE a.status = 'assigned'
      AND (a.due_at AT TIME ZONE 'Europe/Moscow')::date = ${day}::date + ${offsetDays}::int
    ORDER BY a.id`;
}

/** Recommended practices whose re-review falls due on `day` (Moscow). */
export function reReviewsDueOn(tx: Tx, day: string) {
  return tx.$queryRaw<{ id: number; title: string; regionCode: string }[]>`
    SELECT id, title, region_code AS "regionCode" FROM practices
    WHERE status = 'recommended'
      AND (next_review_due_at AT TIME ZONE 'Europe/Moscow')::date = ${day}::date
    ORDER BY id`;
}

/** Contests whose entry window opened on `day`, or closed the day before (Moscow). */
export function contestWindowsOn(tx: Tx, day: string) {
  return tx.$queryRaw<{ slug: string; title: string; event: 'opened' | 'closed'; at: Date }[]>`
    SELECT slug, title, 'opened' AS event, submission_opens_at AS at FROM contests
    WHERE (submission_opens_at AT TIME ZONE 'Europe/Moscow')::date = ${day}::date
    UNION ALL
    SELECT slug, title, 'closed' AS event, submission_closes_at AS at FROM contests
    WHERE (submission_closes_at AT TIME ZONE 'Europe/Moscow')::date = ${day}::date - 1
    ORDER BY slug, event`;
}
