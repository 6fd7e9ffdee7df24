import { ListSecurityEventsQuerySchema, SecurityEventListSchema } from '@registry/contracts/auth';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../auth';
import { listSecurityEvents } from './security-log.service';

export const securityLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/security-events',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        operationId: 'listSecurityEvents',
        description: 'Admins only: the security log (sign-ins, refusals, account changes), newest first.',
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
      return listSecurityEvents(app.db.prisma, request.query);
    },
  );
};
