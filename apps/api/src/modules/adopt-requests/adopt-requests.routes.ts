import {
  AdoptRequestFormSchema,
  AdoptRequestListSchema,
  AdoptRequestParamsSchema,
  AdoptRequestReceivedSchema,
  AdoptRequestSchema,
  CreateAdoptRequestBodySchema,
  ReplyAdoptRequestBodySchema,
  UpdateAdoptRequestBodySchema,
} from '@registry/contracts/adopt-requests';
import type { UserRole } from '@registry/contracts/auth';
import { PracticeParamsSchema } from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf, requireUser } from '../auth';
import { issueFormToken } from './adopt-request-rules';
import {
  createAdoptRequest,
  deleteAdoptRequest,
  listAdoptRequests,
  replyToAdoptRequest,
  setAdoptRequestStatus,
} from './adopt-requests.service';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/** Early gate: those who may read requests (the service narrows coordinators to their region). */
const READERS: UserRole[] = ['coordinator', 'moderator', 'admin'];

export const adoptRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const prisma = () => app.db.prisma;

  app.get(
    '/practices/:slug/adopt-requests/form',
    {
      schema: {
        tags: ['adopt-requests'],
        operationId: 'getAdoptRequestForm',
        summary: 'Start an «adopt this practice» request',
        description:
          'A signed note of when the form was given out; the request must carry it and come at least 3 seconds later (anti-spam without third-party captchas).',
        params: PracticeParamsSchema,
        response: { 200: AdoptRequestFormSchema, 400: ProblemSchema },
      },
    },
    () => ({ formToken: issueFormToken(app.cursorSecret, Date.now()) }),
  );

  app.post(
    '/practices/:slug/adopt-requests',
    {
      config: { access: 'public' },
      schema: {
        tags: ['adopt-requests'],
        operationId: 'createAdoptRequest',
        summary: '«Хочу внедрить эту практику»: a visitor asks to adopt a public practice',
        description:
          'Name, organisation, region, e-mail, optional phone, message and consent to the processing of personal data (152-ФЗ). The request reaches the practice region’s coordinators («Уведомления» and mail) and the practice’s public e-mail contacts. Anti-spam: a hidden `website` field (a filled one is accepted and dropped), the form token’s minimum fill time, and limits per source address (5 an hour) and per e-mail (3 a day) → 429 with Retry-After.',
        params: PracticeParamsSchema,
        body: CreateAdoptRequestBodySchema,
        response: {
          202: AdoptRequestReceivedSchema,
          400: ProblemSchema,
          404: ProblemSchema,
          429: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      await createAdoptRequest(prisma(), {
        slug: request.params.slug,
        body: request.body,
        origin: originOf(request),
        formSecret: app.cursorSecret,
        now: new Date(),
      });
      return reply.code(202).send({ received: true });
    },
  );

  app.get(
    '/adopt-requests',
    {
      config: { access: READERS },
      schema: {
        tags: ['adopt-requests'],
        operationId: 'listAdoptRequests',
        summary: 'Adopt requests with the requesters’ contacts (coordinators of the region, moderators)',
        description:
          'A coordinator gets the requests for their region’s practices; moderators and admins every request. Each says whether the requester’s region has since declared the adoption (`adoptionId`).',
        response: { 200: AdoptRequestListSchema, ...errors },
      },
    },
    async (request) => listAdoptRequests(prisma(), await requireUser(request)),
  );

  app.patch(
    '/adopt-requests/:id',
    {
      config: { access: READERS },
      schema: {
        tags: ['adopt-requests'],
        operationId: 'updateAdoptRequest',
        summary: 'Change the status of an adopt request',
        description: 'new → in contact → adoption started, or declined. Another region’s request is a 404.',
        params: AdoptRequestParamsSchema,
        body: UpdateAdoptRequestBodySchema,
        response: { 200: AdoptRequestSchema, ...errors },
      },
    },
    async (request) =>
      setAdoptRequestStatus(prisma(), await requireUser(request), request.params.id, request.body.status),
  );

  app.post(
    '/adopt-requests/:id/replies',
    {
      config: { access: READERS },
      schema: {
        tags: ['adopt-requests'],
        operationId: 'replyToAdoptRequest',
        summary: 'Answer the requester by mail from the app',
        description:
          'The answer is kept with the request and queued for the requester’s e-mail in the same transaction; a new request moves to «На связи».',
        params: AdoptRequestParamsSchema,
        body: ReplyAdoptRequestBodySchema,
        response: { 201: AdoptRequestSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await replyToAdoptRequest(
            prisma(),
            await requireUser(request),
            request.params.id,
            request.body.body,
          ),
        ),
  );

  app.delete(
    '/adopt-requests/:id',
    {
      config: { access: READERS },
      schema: {
        tags: ['adopt-requests'],
        operationId: 'deleteAdoptRequest',
        summary: 'Delete an adopt request and the requester’s data',
        description: 'For a requester who asks for their personal data to be deleted (152-ФЗ, art. 21).',
        params: AdoptRequestParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteAdoptRequest(prisma(), await requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
