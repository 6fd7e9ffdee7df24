import { ProblemSchema } from '@registry/contracts/problem';
import {
  ListRegionsQuerySchema,
  RegionListSchema,
  RegionParamsSchema,
  RegionSchema,
} from '@registry/contracts/regions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getRegion, listRegions } from './regions.service';

export const regionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['regions'],
        operationId: 'listRegions',
        description:
          'Public reference data: the 89 federal subjects, ordered by federal district and then by name; `district` narrows to one district.',
        summary: 'List federal subjects, optionally of one federal district',
        querystring: ListRegionsQuerySchema,
        response: { 200: RegionListSchema, 400: ProblemSchema },
      },
    },
    (request) => listRegions(app.db.prisma, request.query),
  );

  app.get(
    '/regions/:code',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['regions'],
        operationId: 'getRegion',
        description: 'Public. One federal subject with its federal district; 404 for an unknown code.',
        summary: 'One federal subject by its two-digit code',
        params: RegionParamsSchema,
        response: { 200: RegionSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request) => getRegion(app.db.prisma, request.params.code),
  );
};
