import {
  AccountParamsSchema,
  CreateInvitationBodySchema,
  InvitationCreatedSchema,
  InvitationSchema,
  LinkTokenParamsSchema,
  SetPasswordBodySchema,
} from '@registry/contracts/accounts';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf, requireRole } from '../auth';
import {
  acceptInvitation,
  createInvitation,
  getInvitation,
  resendInvitation,
  revokeInvitation,
} from './invitations.service';

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/accounts/invitations',
    {
      config: { access: ['admin', 'moderator'] },
      schema: {
        tags: ['accounts'],
        operationId: 'createInvitation',
        summary: 'Invite a person: creates an invited account and a 72-hour link (admins, moderators)',
        description:
          'Moderators invite coordinators and experts only; admins invite any role. A coordinator needs `regionCode`. There is no e-mail service yet, so `inviteUrl` is returned to the inviting staff member (and written to the server log) to pass on.',
        body: CreateInvitationBodySchema,
        response: {
          201: InvitationCreatedSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireRole(request, ['admin', 'moderator']);
      const created = await createInvitation(app.db.prisma, originOf(request), actor, request.body);
      // The link goes only to the inviting staff member: whoever reads the server log must not be
      // able to take over the account, so the log says that an invitation was made, not its token.
      request.log.info({ invitedUserId: created.userId, role: created.role }, 'invitation created');
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/accounts/invitations/:token',
    {
      schema: {
        tags: ['accounts'],
        operationId: 'getInvitation',
        description:
          'Anyone holding the link: whom the invitation is for, without using it up; 404 for an unknown link, 410 for a used or expired one.',
        summary: 'Whom an invitation link is for; 404 unknown, 410 used or expired',
        params: LinkTokenParamsSchema,
        response: { 200: InvitationSchema, 400: ProblemSchema, 404: ProblemSchema, 410: ProblemSchema },
      },
    },
    async (request) => getInvitation(app.db.prisma, request.params.token),
  );

  app.post(
    '/accounts/invitations/:token/accept',
    {
      // The link's token is the credential here; there is no session to protect.
      config: { csrf: false, access: 'public' },
      schema: {
        tags: ['accounts'],
        operationId: 'acceptInvitation',
        description:
          'Anyone holding the link chooses a password; the account becomes active and signs in as usual. 404 unknown, 410 used or expired.',
        summary: 'Accept an invitation by choosing a password; then sign in as usual',
        params: LinkTokenParamsSchema,
        body: SetPasswordBodySchema,
        response: { 204: z.null(), 400: ProblemSchema, 404: ProblemSchema, 410: ProblemSchema },
      },
    },
    async (request, reply) => {
      await acceptInvitation(app.db.prisma, originOf(request), request.params.token, request.body.password);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/accounts/:id/invitation',
    {
      config: { access: ['admin', 'moderator'] },
      schema: {
        tags: ['accounts'],
        operationId: 'renewInvitation',
        summary: 'A new link for an invitation not yet accepted; the old link stops working',
        description: 'Same rights as inviting. 409 `/problems/not-invited` once the invitation was accepted.',
        params: AccountParamsSchema,
        response: {
          201: InvitationCreatedSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireRole(request, ['admin', 'moderator']);
      const resent = await resendInvitation(app.db.prisma, originOf(request), actor, request.params.id);
      request.log.info({ invitedUserId: resent.userId }, 'invitation resent');
      return reply.code(201).send(resent);
    },
  );

  app.delete(
    '/accounts/:id/invitation',
    {
      config: { access: ['admin', 'moderator'] },
      schema: {
        tags: ['accounts'],
        operationId: 'revokeInvitation',
        description:
          'Admins and moderators: removes an invited account that has not accepted yet, with its links; 409 once it was accepted.',
        summary: 'Revoke an invitation not yet accepted: the invited account and its links are removed',
        params: AccountParamsSchema,
        response: {
          204: z.null(),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireRole(request, ['admin', 'moderator']);
      await revokeInvitation(app.db.prisma, originOf(request), actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
