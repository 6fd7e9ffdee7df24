import {
  AccountParamsSchema,
  ChangePasswordBodySchema,
  LinkTokenParamsSchema,
  PasswordResetAcceptedSchema,
  PasswordResetRequestBodySchema,
  ResetLinkSchema,
  ResetLinkStateSchema,
  SetPasswordBodySchema,
} from '@registry/contracts/accounts';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, originOf, requireRole, requireUser } from '../auth';
import {
  changePassword,
  completePasswordReset,
  issueResetLink,
  requestPasswordReset,
  resetLinkState,
} from './passwords.service';

export const passwordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/accounts/:id/password-reset-link',
    {
      config: { access: ['admin', 'moderator'] },
      schema: {
        tags: ['accounts'],
        operationId: 'createPasswordResetLink',
        summary: 'Create a one-hour password-reset link for an account, to hand over (admins, moderators)',
        description:
          'Admins for any account but their own, moderators for coordinators and experts. The account must be active. Links the person requested themselves are superseded.',
        params: AccountParamsSchema,
        response: {
          201: ResetLinkSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireRole(request, ['admin', 'moderator']);
      return reply
        .code(201)
        .send(await issueResetLink(app.db.prisma, originOf(request), actor, request.params.id));
    },
  );

  app.post(
    '/accounts/password-reset',
    {
      // Made by someone who cannot sign in; the answer is the same whoever asks.
      config: { csrf: false, access: 'public' },
      schema: {
        tags: ['accounts'],
        operationId: 'requestPasswordReset',
        summary: 'Request a password-reset link; always 202, whether or not the account exists',
        description:
          'There is no e-mail service yet: an active account is marked as asking for a reset in the accounts list, where a staff member creates a link to hand over (the self-requested link also goes to the server log). At most 3 requests per address per hour, then 429 with Retry-After.',
        body: PasswordResetRequestBodySchema,
        response: { 202: PasswordResetAcceptedSchema, 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const email = request.body.email;
      const resetUrl = await requestPasswordReset(app.db.prisma, originOf(request), email);
      // There is no e-mail service yet: the link goes to the log, for an operator to pass on.
      if (resetUrl) request.log.info({ email, resetUrl }, 'password reset link');
      return reply.code(202).send({
        detail:
          'Если учётная запись с этим адресом есть, запрос передан администраторам реестра: они пришлют ссылку для смены пароля.',
      });
    },
  );

  app.get(
    '/accounts/password-reset/:token',
    {
      schema: {
        tags: ['accounts'],
        operationId: 'getPasswordResetLink',
        description:
          'Anyone holding the link: whether it still works, without using it up; 404 unknown, 410 used or expired.',
        summary:
          'Whether a reset link still works (it is not used up by asking); 404 unknown, 410 used or expired',
        params: LinkTokenParamsSchema,
        response: { 200: ResetLinkStateSchema, 400: ProblemSchema, 404: ProblemSchema, 410: ProblemSchema },
      },
    },
    async (request) => resetLinkState(app.db.prisma, request.params.token),
  );

  app.post(
    '/accounts/password-reset/:token',
    {
      config: { csrf: false, access: 'public' },
      schema: {
        tags: ['accounts'],
        operationId: 'resetPassword',
        description:
          'Anyone holding the link sets a new password; every session of the account ends. 404 unknown, 410 used or expired.',
        summary: 'Set a new password with a reset link; ends every session of the account',
        params: LinkTokenParamsSchema,
        body: SetPasswordBodySchema,
        response: { 204: z.null(), 400: ProblemSchema, 404: ProblemSchema, 410: ProblemSchema },
      },
    },
    async (request, reply) => {
      await completePasswordReset(
        app.db.prisma,
        originOf(request),
        request.params.token,
        request.body.password,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/accounts/me/password',
    {
      schema: {
        tags: ['accounts'],
        operationId: 'changePassword',
        description:
          'The signed-in user changes their password with the current one; every session ends, this one included. Attempts are rate-limited (429).',
        summary: 'Change your password; ends every session, this one included',
        body: ChangePasswordBodySchema,
        response: {
          204: z.null(),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          429: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireUser(request);
      await changePassword(app.db.prisma, originOf(request), actor, request.body);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
};
