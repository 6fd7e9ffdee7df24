import {
  AdoptionDashboardSchema,
  AdoptionParamsSchema,
  AdoptionSchema,
  CreateAdoptionBodySchema,
  DeleteAdoptionQuerySchema,
  ListAdoptionsQuerySchema,
  PracticeAdoptionsSchema,
  RegionAdoptionsSchema,
  UpdateAdoptionBodySchema,
} from '@registry/contracts/adoptions';
import type { UserRole } from '@registry/contracts/auth';
import { PracticeParamsSchema } from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import { RegionParamsSchema } from '@registry/contracts/regions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../auth';
import {
  createAdoption,
  deleteAdoption,
  getAdoption,
  listAdoptions,
  updateAdoption,
} from './adoptions.service';
import { getPracticeAdoptions, getRegionAdoptions } from './public-adoptions.service';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** Early gate matching canManageAdoptions: everyone signed in but experts. */
const ADOPTION_STAFF: UserRole[] = ['coordinator', 'moderator', 'admin'];

export const adoptionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const actor = requireUser;
  const prisma = () => app.db.prisma;

  app.get(
    '/practices/:slug/adoptions',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['adoptions'],
        operationId: 'listPracticeAdoptions',
        description:
          'Public. The regions that declared they adopt this practice and how far they got; contact details only for signed-in staff.',
        summary: 'Regions adopting a public practice; contacts only for signed-in staff',
        params: PracticeParamsSchema,
        response: { 200: PracticeAdoptionsSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request) => getPracticeAdoptions(prisma(), request.params.slug, Boolean(request.session)),
  );

  app.get(
    '/regions/:code/adoptions',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['adoptions'],
        operationId: 'listRegionAdoptions',
        description:
          "Public. Where the region's practices are adopted, and which practices of other regions it adopts.",
        summary: "A region's practices adopted elsewhere, and the practices it adopts",
        params: RegionParamsSchema,
        response: { 200: RegionAdoptionsSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request) => getRegionAdoptions(prisma(), request.params.code),
  );

  app.get(
    '/adoptions',
    {
      config: { access: ADOPTION_STAFF },
      schema: {
        tags: ['adoptions'],
        operationId: 'listAdoptions',
        description: 'Staff: what a region adopts and who adopts its practices.',
        summary: 'What a region adopts and who adopts its practices (staff)',
        querystring: ListAdoptionsQuerySchema,
        response: { 200: AdoptionDashboardSchema, ...errors },
      },
    },
    async (request) => listAdoptions(prisma(), await actor(request), request.query.region),
  );

  app.post(
    '/adoptions',
    {
      config: { access: ADOPTION_STAFF },
      schema: {
        tags: ['adoptions'],
        operationId: 'createAdoption',
        description: 'Staff of a region declare that it adopts a public practice of another region.',
        summary: 'Declare that a region adopts a public practice of another region',
        body: CreateAdoptionBodySchema,
        response: { 201: AdoptionSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAdoption(prisma(), await actor(request), request.body)),
  );

  app.get(
    '/adoptions/:id',
    {
      config: { access: ADOPTION_STAFF },
      schema: {
        tags: ['adoptions'],
        operationId: 'getAdoption',
        description: 'Staff: one adoption with its contact and revision.',
        summary: 'One adoption with its contact (staff)',
        params: AdoptionParamsSchema,
        response: { 200: AdoptionSchema, ...errors },
      },
    },
    async (request) => getAdoption(prisma(), await actor(request), request.params.id),
  );

  app.patch(
    '/adoptions/:id',
    {
      config: { access: ADOPTION_STAFF },
      schema: {
        tags: ['adoptions'],
        operationId: 'updateAdoption',
        description:
          'Staff update an adoption; send the revision you read: when someone saved a newer one the answer is 409.',
        summary: 'Update an adoption; 409 when someone saved a newer revision',
        params: AdoptionParamsSchema,
        body: UpdateAdoptionBodySchema,
        response: { 200: AdoptionSchema, ...errors },
      },
    },
    async (request) => updateAdoption(prisma(), await actor(request), request.params.id, request.body),
  );

  app.delete(
    '/adoptions/:id',
    {
      config: { access: ADOPTION_STAFF },
      schema: {
        tags: ['adoptions'],
        operationId: 'deleteAdoption',
        description: 'Staff withdraw an adoption declaration; a stale revision is 409.',
        summary: 'Withdraw an adoption declaration; 409 when the revision is stale',
        params: AdoptionParamsSchema,
        querystring: DeleteAdoptionQuerySchema,
        response: { 204: z.null().describe('Withdrawn'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteAdoption(prisma(), await actor(request), request.params.id, request.query.revision);
      return reply.code(204).send(null);
    },
  );
};
