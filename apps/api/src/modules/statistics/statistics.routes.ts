import { ProblemSchema } from '@registry/contracts/problem';
import { STATISTICS_TABLES, StatisticsSchema } from '@registry/contracts/statistics';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CachedJson } from '../../lib/catalogue-cache';
import { getStatisticsCsv, getStatisticsJson } from './statistics.service';

const csvDescriptions: Record<(typeof STATISTICS_TABLES)[number], string> = {
  districts: 'Public and recommended practices per federal district',
  regions: 'Practices and adoptions per federal subject',
  flows: 'Adoptions from the region of a practice to the adopting region',
  'top-practices': 'The most adopted practices',
};

// The cached bytes already passed the response contract; they are sent as they are, and the
// schemas above document them in OpenAPI.
function sendBytes(request: FastifyRequest, reply: FastifyReply, json: CachedJson) {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    return reply.header('content-encoding', 'gzip').send(json.gzip);
  }
  return reply.send(json.raw);
}

function sendCsv(reply: FastifyReply, table: string, csv: Buffer) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="statistics-${table}.csv"`)
    .send(csv);
}

export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ pool: app.db.pool, cache: app.catalogueCache });

  app.get(
    '/statistics',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['statistics'],
        operationId: 'getStatistics',
        description:
          'Public. Counts of public and recommended practices per federal district and region, adoption flows between regions and the most adopted practices.',
        summary: 'Public practices per district and region, recommended ones, adoption flows, most adopted',
        response: { 200: StatisticsSchema },
      },
    },
    async (request, reply) => sendBytes(request, reply, await getStatisticsJson(deps())),
  );

  for (const table of STATISTICS_TABLES) {
    app.get(
      `/statistics/${table}.csv`,
      {
        config: { cache: 'catalogue' },
        schema: {
          tags: ['statistics'],
          operationId: `getStatistics${table.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}Csv`,
          summary: `${csvDescriptions[table]} (CSV)`,
          description:
            'text/csv; charset=utf-8 with a byte order mark (so Excel reads Cyrillic), comma-separated, RFC 4180 quoting.',
          produces: ['text/csv'],
          response: { 200: z.string().describe('CSV table'), 400: ProblemSchema },
        },
      },
      async (_request, reply) => sendCsv(reply, table, await getStatisticsCsv(deps(), table)),
    );
  }
};
