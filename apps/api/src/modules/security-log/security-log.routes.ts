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
      return {
        items: rows.map((row) => ({
          ...row,
          id: row.id.toString(),
          at: row.at.toISOString(),
          detail: (row.detail ?? {}) as Record<string, unknown>,
        })),
      };
    },
  );
};
