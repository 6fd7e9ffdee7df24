import {
  ContestDetailSchema,
  ContestListSchema,
  ContestParamsSchema,
  NominationPageParamsSchema,
  NominationPageSchema,
  PracticeAwardsSchema,
} from '@registry/contracts/contests';
import { PracticeParamsSchema } from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getContest, getContests, getNominationPage, getPracticeAwards } from './contests.service';

const errors = { 400: ProblemSchema, 404: ProblemSchema };

/** Public contest pages: anyone may read them; results appear once a moderator publishes them. */
export const contestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const prisma = () => app.db.prisma;

  app.get(
    '/contests',
    {
      config: { cache: 'catalogue-clock' },
      schema: {
        tags: ['contests'],
        operationId: 'listContests',
        description: 'Public. Contests with their dates and submission windows, newest first.',
        summary: 'Contests, newest first',
        response: { 200: ContestListSchema },
      },
    },
    async () => getContests(prisma()),
  );

  app.get(
    '/contests/:slug',
    {
      config: { cache: 'catalogue-clock' },
      schema: {
        tags: ['contests'],
        operationId: 'getContest',
        description: 'Public. A contest with its nominations; 404 for an unknown address.',
        summary: 'A contest with its nominations',
        params: ContestParamsSchema,
        response: { 200: ContestDetailSchema, ...errors },
      },
    },
    async (request) => getContest(prisma(), request.params.slug),
  );

  app.get(
    '/contests/:slug/nominations/:nominationSlug',
    {
      config: { cache: 'catalogue-clock' },
      schema: {
        tags: ['contests'],
        operationId: 'getNomination',
        description:
          'Public. A nomination with its entered practices; winners and finalists only once its results are published.',
        summary: 'A nomination with its entries; awards only once its results are published',
        params: NominationPageParamsSchema,
        response: { 200: NominationPageSchema, ...errors },
      },
    },
    async (request) => getNominationPage(prisma(), request.params.slug, request.params.nominationSlug),
  );

  app.get(
    '/practices/:slug/awards',
    {
      config: { cache: 'catalogue-clock' },
      schema: {
        tags: ['contests'],
        operationId: 'listPracticeAwards',
        description:
          'Public. The nominations a public practice was entered into, with awards whose results are published.',
        summary: 'The nominations a public practice was entered into, with published awards',
        params: PracticeParamsSchema,
        response: { 200: PracticeAwardsSchema, ...errors },
      },
    },
    async (request) => getPracticeAwards(prisma(), request.params.slug),
  );
};
