import { ListSecurityEventsQuerySchema, SecurityEventListSchema } from '@registry/contracts/auth';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../auth/authorization';

export const securityLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/security-events',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'The security log, newest first (admins only)',
        querystring: ListSecurityEventsQuerySchema,
        response: {
          200: SecurityEventListSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => {
      await requireRole(request, ['admin']);
      const { kind, email, limit } = request.query;
      const rows = await app.db.prisma.securityEvent.findMany({
        where: { ...(kind ? { kind } : {}), ...(email ? { email: email.toLowerCase() } : {}) },
        orderBy: { id: 'desc' },
        take: limit,
        select: { id: true, at: true, kind: true, userId: true, email: true, ip: true, detail: true },
      });
      const subjectId = (detail: Record<string, unknown>) => {
        const id = detail.accountId ?? detail.invitedUserId;
        return typeof id === 'number' ? id : null;
      };
      const details = rows.map((row) => (row.detail ?? {}) as Record<string, unknown>);
      // Names, not numbers: one query for everyone the page mentions.
      const ids = new Set<number>();
      rows.forEach((row, i) => {
        if (row.userId !== null) ids.add(row.userId);
        const subject = subjectId(details[i] ?? {});
        if (subject !== null) ids.add(subject);
      });
      const people = new Map(
        (
          await app.db.prisma.user.findMany({
            where: { id: { in: [...ids] } },
            select: { id: true, name: true, email: true },
          })
        ).map((person) => [person.id, person]),
      );
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
    },
  );
};
