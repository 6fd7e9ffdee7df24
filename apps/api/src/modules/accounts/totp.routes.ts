import {
  RolePolicyListSchema,
  RolePolicyParamsSchema,
  RolePolicySchema,
  STAFF_ROLES,
  TotpCodeBodySchema,
  TotpSetupSchema,
  TotpStateSchema,
  TotpStatusSchema,
  UpdateRolePolicyBodySchema,
} from '@registry/contracts/accounts';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf, requireRole } from '../auth';
import { disableTotp, enableTotp, listPolicies, setPolicy, setupTotp, totpStatus } from './totp.service';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema };

export const totpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/accounts/me/totp',
    {
      schema: {
        tags: ['accounts'],
        operationId: 'getTotpState',
        description:
          'The signed-in user: whether sign-in asks for a one-time code and whether their role requires it.',
        summary: 'Whether sign-in asks this account for a code, and whether its role requires one',
        response: { 200: TotpStateSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => totpStatus(app.db.prisma, await requireRole(request, STAFF_ROLES)),
  );

  app.post(
    '/accounts/me/totp/setup',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['accounts'],
        operationId: 'setUpTotp',
        description:
          'Signed-in staff start setting up a second factor: a new secret, pending until enabled with a code from the authenticator app.',
        summary: 'Start setting up a second factor (staff): a new secret, pending until enabled',
        response: { 200: TotpSetupSchema, ...problems },
      },
    },
    async (request) => setupTotp(app.db.prisma, await requireRole(request, STAFF_ROLES)),
  );

  app.post(
    '/accounts/me/totp/enable',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['accounts'],
        operationId: 'enableTotp',
        description:
          'The signed-in user confirms the pending secret with a current code; from then on sign-in asks for a code.',
        summary: 'Enable the second factor with a code from the app',
        body: TotpCodeBodySchema,
        response: { 200: TotpStatusSchema, ...problems },
      },
    },
    async (request) => {
      const actor = await requireRole(request, STAFF_ROLES);
      await enableTotp(app.db.prisma, originOf(request), actor, request.body.code);
      return { totpEnabled: true };
    },
  );

  app.post(
    '/accounts/me/totp/disable',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags: ['accounts'],
        operationId: 'disableTotp',
        description:
          'The signed-in user turns the second factor off with a current code; 409 while their role requires it.',
        summary: 'Disable the second factor with a current code (refused while the role requires it)',
        body: TotpCodeBodySchema,
        response: { 200: TotpStatusSchema, ...problems },
      },
    },
    async (request) => {
      const actor = await requireRole(request, STAFF_ROLES);
      await disableTotp(app.db.prisma, originOf(request), actor, request.body.code);
      return { totpEnabled: false };
    },
  );

  app.get(
    '/accounts/policies',
    {
      config: { access: ['admin', 'moderator'] },
      schema: {
        tags: ['accounts'],
        operationId: 'listRolePolicies',
        description: 'Admins and moderators: for each staff role, whether the second factor is mandatory.',
        summary: 'Per-role account policies (admins, moderators)',
        response: { 200: RolePolicyListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      await requireRole(request, ['admin', 'moderator']);
      return listPolicies(app.db.prisma);
    },
  );

  app.put(
    '/accounts/policies/:role',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['accounts'],
        operationId: 'updateRolePolicy',
        summary: 'Make the second factor mandatory (or not) for a staff role (admins)',
        description:
          'While required, an account of that role without TOTP is refused at login with 403 `/problems/totp-setup-required`.',
        params: RolePolicyParamsSchema,
        body: UpdateRolePolicyBodySchema,
        response: { 200: RolePolicySchema, ...problems },
      },
    },
    async (request) => {
      const actor = await requireRole(request, ['admin']);
      return setPolicy(
        app.db.prisma,
        originOf(request),
        actor,
        request.params.role,
        request.body.totpRequired,
      );
    },
  );
};
