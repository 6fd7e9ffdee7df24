import { ContestDetailSchema, NominationSummarySchema } from '@registry/contracts/contests';
import {
  ContestBodySchema,
  ExpertParamsSchema,
  IdParamsSchema,
  NominationBodySchema,
} from '@registry/contracts/contests-staff';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assignExpert,
  createContest,
  createNomination,
  unassignExpert,
  updateContest,
  updateNomination,
} from './contests-admin.service';
import { actorOf as as, errors, MANAGERS, nominationResponse as nomination, tags } from './staff-route-kit';

/** Moderators set contests up: contests, nominations and their experts. */
export const contestSetupRoutes: FastifyPluginAsyncZod = async (app) => {
  const prisma = () => app.db.prisma;

  app.post(
    '/staff/contests',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'createContest',
        description: 'Moderators and admins create a contest with its dates and submission window.',
        summary: 'Create a contest',
        body: ContestBodySchema,
        response: { 201: ContestDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      await as(request, MANAGERS);
      return reply.code(201).send(await createContest(prisma(), request.body));
    },
  );

  app.put(
    '/staff/contests/:id',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'updateContest',
        description: "Moderators and admins change a contest's title, dates and submission window.",
        summary: "Change a contest's title, dates and submission window",
        params: IdParamsSchema,
        body: ContestBodySchema,
        response: { 200: ContestDetailSchema, ...errors },
      },
    },
    async (request) => {
      await as(request, MANAGERS);
      return updateContest(prisma(), request.params.id, request.body);
    },
  );

  app.post(
    '/staff/contests/:id/nominations',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'createNomination',
        description:
          'Moderators and admins add a nomination; its rubric starts as a copy of the practice review rubric.',
        summary: 'Add a nomination; its rubric starts as a copy of the practice review rubric',
        params: IdParamsSchema,
        body: NominationBodySchema,
        response: { 201: NominationSummarySchema, ...errors },
      },
    },
    async (request, reply) => {
      await as(request, MANAGERS);
      return reply.code(201).send(await createNomination(prisma(), request.params.id, request.body));
    },
  );

  app.put(
    '/staff/nominations/:id',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'updateNomination',
        description: "Moderators and admins change a nomination's title and description.",
        summary: "Change a nomination's title and description",
        params: IdParamsSchema,
        body: NominationBodySchema,
        response: { 200: NominationSummarySchema, ...errors },
      },
    },
    async (request) => {
      await as(request, MANAGERS);
      return updateNomination(prisma(), request.params.id, request.body);
    },
  );

  app.put(
    '/staff/nominations/:id/experts/:expertId',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'assignNominationExpert',
        description: "Moderators and admins assign an expert to score a nomination's entries.",
        summary: 'Assign an expert to a nomination',
        params: ExpertParamsSchema,
        response: nomination,
      },
    },
    async (request) =>
      assignExpert(prisma(), await as(request, MANAGERS), request.params.id, request.params.expertId),
  );

  app.delete(
    '/staff/nominations/:id/experts/:expertId',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'removeNominationExpert',
        description: 'Moderators and admins take an expert off a nomination.',
        summary: 'Take an expert off a nomination',
        params: ExpertParamsSchema,
        response: nomination,
      },
    },
    async (request) =>
      unassignExpert(prisma(), await as(request, MANAGERS), request.params.id, request.params.expertId),
  );
};
