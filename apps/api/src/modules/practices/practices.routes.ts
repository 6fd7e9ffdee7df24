import {
  ListPracticesQuerySchema,
  PracticeListSchema,
  PracticeParamsSchema,
  PracticePassportSchema,
  SimilarPracticesSchema,
} from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import type { CachedJson } from '../../lib/catalogue-cache';
import { currentSlugOf } from './former-slugs';
import { getPassport, getSimilar, listPractices } from './practices.service';

// The service returns JSON bytes that already passed the response contract (and are cached as
// such), so they are sent as they are, gzipped when the client accepts it; the schemas below
// document them in OpenAPI.
function sendJson(request: FastifyRequest, reply: FastifyReply, json: CachedJson) {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    return reply.header('content-encoding', 'gzip').send(json.gzip);
  }
  return reply.send(json.raw);
}

export const practicesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({
    pool: app.db.pool,
    cache: app.catalogueCache,
    index: app.catalogueIndex,
    cursorSecret: app.cursorSecret,
  });

  app.get(
    '/practices',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['practices'],
        operationId: 'listPractices',
        summary: 'Search and filter public practices, with facet counts',
        description:
          'Values of one filter combine with OR, different filters with AND. Each facet is counted with all the other filters applied. `q` uses websearch syntax ("phrase", -word, or) with Russian morphology; the last word also matches as a prefix.',
        querystring: ListPracticesQuerySchema,
        response: { 200: PracticeListSchema, 400: ProblemSchema },
      },
    },
    async (request, reply) => sendJson(request, reply, await listPractices(deps(), request.query)),
  );

  app.get(
    '/practices/:slug',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['practices'],
        operationId: 'getPractice',
        summary: 'The public passport of a practice',
        description: 'A former address of a renamed practice answers 301 with `Location` of the current one.',
        params: PracticeParamsSchema,
        response: {
          200: PracticePassportSchema,
          301: z.null().describe('Moved: `Location` is the current address'),
          400: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      try {
        return sendJson(request, reply, await getPassport(deps(), request.params.slug));
      } catch (error) {
        const moved =
          error instanceof AppError && error.status === 404
            ? await currentSlugOf(app.db.pool, request.params.slug)
            : null;
        if (!moved) throw error;
        return reply.code(301).header('location', `/api/practices/${moved}`).send(null);
      }
    },
  );

  app.get(
    '/practices/:slug/similar',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['practices'],
        operationId: 'listSimilarPractices',
        description:
          'Public. Up to four other public practices ranked by the number of shared themes and target groups; 404 when the practice is not public.',
        summary: 'A handful of public practices with the most themes and target groups in common',
        params: PracticeParamsSchema,
        response: { 200: SimilarPracticesSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => sendJson(request, reply, await getSimilar(deps(), request.params.slug)),
  );
};
