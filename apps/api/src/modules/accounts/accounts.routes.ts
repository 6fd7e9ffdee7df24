import {
  AccountListSchema,
  AccountParamsSchema,
  AccountSchema,
  UpdateAccountBodySchema,
} from '@registry/contracts/accounts';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf, requireRole } from '../auth';
import { changeAccount, listAccounts } from './accounts.service';
import { invitationRoutes } from './invitations.routes';
import { passwordRoutes } from './passwords.routes';
import { totpRoutes } from './totp.routes';

/** Account lifecycle: invitations, password reset and change, TOTP, account administration. */
export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(invitationRoutes);
  await app.register(passwordRoutes);
  await app.register(totpRoutes);

  app.get(
    '/accounts',
    {
      config: { access: ['admin', 'moderator'] },
      schema: {
        tags: ['accounts'],
        operationId: 'listAccounts',
        description: 'Admins and moderators: every account with its role, region and status.',
        summary: 'All accounts with role, region and status (admins, moderators)',
        response: { 200: AccountListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      await requireRole(request, ['admin', 'moderator']);
      return { items: await listAccounts(app.db.prisma) };
    },
  );

  app.patch(
    '/accounts/:id',
    {
      config: { access: ['admin', 'moderator'] },
      schema: {
        tags: ['accounts'],
        operationId: 'updateAccount',
        summary: 'Enable or disable an account; admins also change role and region',
        description:
          'Moderators enable and disable coordinators and experts only. Nobody disables themselves or changes their own role. Disabling ends every session of the account.',
        params: AccountParamsSchema,
        body: UpdateAccountBodySchema,
        response: {
          200: AccountSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request) => {
      const actor = await requireRole(request, ['admin', 'moderator']);
      return changeAccount(app.db.prisma, originOf(request), actor, request.params.id, request.body);
    },
  );
};
