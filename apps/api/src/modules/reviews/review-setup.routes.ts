import { ProblemSchema } from '@registry/contracts/problem';
import {
  ConflictListSchema,
  ConflictParamsSchema,
  ConflictSchema,
  CreateConflictBodySchema,
  ExpertListQuerySchema,
  ExpertListSchema,
  RubricSchema,
  UpdateRubricBodySchema,
} from '@registry/contracts/review-setup';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../auth';
import { listExperts } from './experts.service';
import { addConflict, getRubric, listConflicts, removeConflict, updateRubric } from './review-setup.service';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const STAFF = ['moderator', 'admin'] as const;

/** The rubric, the experts to choose from, and the conflicts of interest experts declare. */
export const reviewSetupRoutes: FastifyPluginAsyncZod = async (app) => {
  const prisma = () => app.db.prisma;

  app.get(
    '/reviews/rubric',
    {
      config: { access: ['expert', ...STAFF] },
      schema: {
        tags: ['reviews'],
        operationId: 'getRubric',
        description:
          'Moderators and experts: the criteria of the review rubric, their weights and which apply to new reviews.',
        summary: 'The review rubric: criteria, weights, and which apply to new reviews',
        response: { 200: RubricSchema, ...errors },
      },
    },
    async (request) => {
      await requireRole(request, ['expert', ...STAFF]);
      return getRubric(prisma());
    },
  );

  app.put(
    '/reviews/rubric',
    {
      config: { access: STAFF },
      schema: {
        tags: ['reviews'],
        operationId: 'updateRubric',
        description:
          'Moderators: rename criteria, change weights and choose which apply to future reviews; reviews already sent keep the rubric they were scored with.',
        summary: 'Edit criteria names, weights and use for future reviews (sent reviews keep theirs)',
        body: UpdateRubricBodySchema,
        response: { 200: RubricSchema, ...errors },
      },
    },
    async (request) => {
      await requireRole(request, STAFF);
      return updateRubric(prisma(), request.body);
    },
  );

  app.get(
    '/reviews/experts',
    {
      config: { access: STAFF },
      schema: {
        tags: ['reviews'],
        operationId: 'listExperts',
        description:
          'Moderators: experts with their region and declared conflicts; with `practiceId`, the reason each one may not review that practice.',
        summary: 'Experts with region and declared conflicts; with practiceId, why each may not review it',
        querystring: ExpertListQuerySchema,
        response: { 200: ExpertListSchema, ...errors },
      },
    },
    async (request) => {
      await requireRole(request, STAFF);
      return listExperts(prisma(), request.query.practiceId);
    },
  );

  app.get(
    '/reviews/conflicts/mine',
    {
      config: { access: ['expert'] },
      schema: {
        tags: ['reviews'],
        operationId: 'listMyConflicts',
        description: 'Experts: the organisations they declared a conflict of interest with.',
        summary: 'Organisations the signed-in expert declared a conflict of interest with',
        response: { 200: ConflictListSchema, ...errors },
      },
    },
    async (request) => listConflicts(prisma(), await requireRole(request, ['expert'])),
  );

  app.post(
    '/reviews/conflicts/mine',
    {
      config: { access: ['expert'] },
      schema: {
        tags: ['reviews'],
        operationId: 'createMyConflict',
        description:
          'Experts declare a conflict of interest with an organisation; they will not be assigned its practices.',
        summary: 'Declare a conflict of interest with an organisation',
        body: CreateConflictBodySchema,
        response: { 201: ConflictSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addConflict(prisma(), await requireRole(request, ['expert']), request.body)),
  );

  app.delete(
    '/reviews/conflicts/mine/:id',
    {
      config: { access: ['expert'] },
      schema: {
        tags: ['reviews'],
        operationId: 'deleteMyConflict',
        description: 'Experts remove one of their own declared conflicts of interest.',
        summary: 'Remove a declared conflict of interest',
        params: ConflictParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeConflict(prisma(), await requireRole(request, ['expert']), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
