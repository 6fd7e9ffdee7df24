import { CoverageQuerySchema, CoverageSchema, RegionFiguresListSchema } from '@registry/contracts/map';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CachedJson } from '../../lib/catalogue-cache';
import { getCoverageCsv, getCoverageJson, getRegionFiguresJson } from './map.service';

// The cached bytes already passed the response contract; they are sent as they are, and the
// schemas document them in OpenAPI.
function sendBytes(request: FastifyRequest, reply: FastifyReply, json: CachedJson) {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    return reply.header('content-encoding', 'gzip').send(json.gzip);
  }
  return reply.send(json.raw);
}

function sendCsv(reply: FastifyReply, name: string, csv: Buffer) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="coverage-${name}.csv"`)
    .send(csv);
}

export const mapRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ pool: app.db.pool, cache: app.catalogueCache });

  app.get(
    '/map/regions',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['map'],
        operationId: 'getRegionFigures',
        summary: 'Every federal subject in figures, for the tile map',
        description:
          'Public practices, recommended practices and adoptions of public practices for each of the 89 federal subjects, ordered by code.',
        response: { 200: RegionFiguresListSchema },
      },
    },
    async (request, reply) => sendBytes(request, reply, await getRegionFiguresJson(deps())),
  );

  app.get(
    '/map/coverage',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['map'],
        operationId: 'getCoverage',
        summary: 'Where help is missing: regions without a public practice for a theme or target group',
        description:
          'Give exactly one of `theme` or `targetGroup`. Each federal subject is `none` (no public practice), `published` or `recommended`; a region without a recommended practice lists the nearest (by great-circle distance between capitals) that have one.',
        querystring: CoverageQuerySchema,
        response: { 200: CoverageSchema, 400: ProblemSchema },
      },
    },
    async (request, reply) => sendBytes(request, reply, await getCoverageJson(deps(), request.query)),
  );

  app.get(
    '/map/coverage.csv',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['map'],
        operationId: 'getCoverageCsv',
        summary: 'Where help is missing, as CSV',
        description:
          'The coverage table as text/csv; charset=utf-8 with a byte order mark (so Excel reads Cyrillic), comma-separated, RFC 4180 quoting, formula-safe.',
        querystring: CoverageQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV table'), 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const csv = await getCoverageCsv(deps(), request.query);
      return sendCsv(reply, request.query.theme ?? request.query.targetGroup ?? '', csv);
    },
  );
};
