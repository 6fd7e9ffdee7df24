import {
  ListPracticesQuerySchema,
  PracticeListSchema,
  PracticeParamsSchema,
  PracticePassportSchema,
  SimilarPracticesSchema,
} from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getPassport, getSimilar, listPractices } from './practices.service';

// The service returns JSON text that already passed the response contract (and is cached as
// such), so it is sent as is; the schemas below document it in OpenAPI.
const sendJson = (reply: FastifyReply, json: string) =>
  reply.type('application/json; charset=utf-8').send(json);

export const practicesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ pool: app.db.pool, cache: app.catalogueCache, cursorSecret: app.cursorSecret });

  app.get(
    '/practices',
    {
      schema: {
        tags: ['practices'],
        summary: 'Search and filter public practices, with facet counts',
        description:
          'Values of one filter combine with OR, different filters with AND. Each facet is counted with all the other filters applied. `q` uses websearch syntax ("phrase", -word, or) with Russian morphology; the last word also matches as a prefix.',
        querystring: ListPracticesQuerySchema,
        response: { 200: PracticeListSchema, 400: ProblemSchema },
      },
    },
    async (request, reply) => sendJson(reply, await listPractices(deps(), request.query)),
  );

  app.get(
    '/practices/:slug',
    {
      schema: {
        tags: ['practices'],
        summary: 'The public passport of a practice',
        params: PracticeParamsSchema,
        response: { 200: PracticePassportSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => sendJson(reply, await getPassport(deps(), request.params.slug)),
  );

  app.get(
    '/practices/:slug/similar',
    {
      schema: {
        tags: ['practices'],
        summary: 'A handful of public practices with the most themes and target groups in common',
        params: PracticeParamsSchema,
        response: { 200: SimilarPracticesSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => sendJson(reply, await getSimilar(deps(), request.params.slug)),
  );
};
