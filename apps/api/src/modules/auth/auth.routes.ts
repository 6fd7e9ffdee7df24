import { LoginBodySchema, SessionInfoSchema } from '@registry/contracts/auth';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { login, logout, toCurrentUser } from './auth.service';
import { originOf } from './authorization';
import { clearSessionCookie, setSessionCookie } from './session-plugin';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      // A new session replaces whatever the browser had; there is no token to check yet.
      config: { csrf: false, access: 'public' },
      schema: {
        tags: ['auth'],
        operationId: 'login',
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: LoginBodySchema,
        description:
          'With a second factor enabled, `totpCode` is required: without it the answer is 401 `/problems/totp-required`, with a wrong one 401 `/problems/totp-invalid` (counted as a failed login). When the role requires TOTP and the account has none: 403 `/problems/totp-setup-required`.',
        response: {
          200: SessionInfoSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          429: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const context = { prisma: app.db.prisma, policy: app.sessionPolicy, origin: originOf(request) };
      const { token, info } = await login(context, request.body);
      setSessionCookie(request, reply, token, app.sessionPolicy.absoluteMs);
      return info;
    },
  );

  app.post(
    '/auth/logout',
    {
      // Signing out without a session is a harmless no-op.
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        operationId: 'logout',
        description:
          'Ends the current session on the server and clears the cookie. Needs the CSRF header when a session exists.',
        summary: 'Sign out: revokes the session on the server and clears the cookie',
        response: { 204: z.null(), 403: ProblemSchema },
      },
    },
    async (request, reply) => {
      await logout(app.db.prisma, request.session, request.ip);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getCurrentUser',
        description:
          'The signed-in user (role, region) and the CSRF token to send in the `x-csrf-token` header with every state-changing request; 401 when signed out.',
        summary: 'The signed-in user and the CSRF token for state-changing requests',
        response: { 200: SessionInfoSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      // Asking "who am I?" without a session is what every visitor's page does: a 401 here is
      // an answer, not a refused access, so it is not written to the security log.
      const session = request.session;
      if (!session) throw new AppError('UNAUTHENTICATED', { status: 401, detail: 'Вы не вошли в систему' });
      return { user: toCurrentUser(session.user), csrfToken: session.csrfToken };
    },
  );
};
