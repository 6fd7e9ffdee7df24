import { HealthSchema } from '@registry/contracts/health';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ping } from './health.repository';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        operationId: 'getHealth',
        description:
          'Public liveness probe for load balancers and monitoring: whether the process and its database answer (503 when the database does not).',
        summary: 'Liveness and database state; 503 when the database does not answer',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      let up = true;
      try {
        await ping(app.db.pool);
      } catch (error) {
        up = false;
        app.log.warn({ err: error }, 'health check: database unreachable');
      }
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      reply.code(up ? 200 : 503);
      return {
        status: up ? ('ok' as const) : ('degraded' as const),
        database: {
          status: up ? ('up' as const) : ('down' as const),
          mode: app.db.mode,
          ...(up ? { latencyMs } : {}),
        },
        catalogueIndex: app.catalogueIndex.state,
        version: app.appVersion,
        uptimeSeconds: Math.round(process.uptime()),
      };
    },
  );
};
