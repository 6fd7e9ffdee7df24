import {
  MailPreferencesSchema,
  MarkReadBodySchema,
  NotificationListSchema,
  UnreadCountSchema,
  UnsubscribedSchema,
  UnsubscribeQuerySchema,
  UpdateMailPreferencesBodySchema,
} from '@registry/contracts/notifications';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleOptions } from '../../lib/api-module';
import { requireUser } from '../auth';
import {
  listMine,
  markMineRead,
  myPreferences,
  unreadCount,
  updateMyPreferences,
} from './notifications.service';
import { unsubscribe } from './unsubscribe';

const refusals = { 401: ProblemSchema, 403: ProblemSchema } as const;

export const notificationsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app) => {
  // RFC 8058: a mail client's one-click unsubscribe is a form POST («List-Unsubscribe=One-Click»).
  // Its body says nothing we need (the token is in the address), so in this module only such
  // bodies are accepted and ignored; every other route here still takes JSON alone.
  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) =>
      done(null, {}),
    );
  }

  app.get(
    '/notifications/unsubscribe',
    {
      config: { access: 'public' },
      schema: {
        tags: ['notifications'],
        operationId: 'openUnsubscribeLink',
        summary: 'The unsubscribe link of a mass mail, opened in a browser',
        description:
          'Changes nothing (a link preview must not unsubscribe anyone): answers 303 to the page that asks to confirm with one button.',
        querystring: UnsubscribeQuerySchema,
        response: { 303: z.null(), 400: ProblemSchema },
      },
    },
    async (request, reply) =>
      reply.redirect(`/notifications/unsubscribe?token=${encodeURIComponent(request.query.token)}`, 303),
  );

  app.post(
    '/notifications/unsubscribe',
    {
      config: { access: 'public' },
      schema: {
        tags: ['notifications'],
        operationId: 'unsubscribeFromNotificationsOneClick',
        summary: 'One-click unsubscribe from a kind of mass mail (RFC 8058)',
        description:
          'The token (signed, from the mail’s List-Unsubscribe address) switches its kind off by mail for its user; no session is needed and a repeat is harmless. A forged token is a 400.',
        querystring: UnsubscribeQuerySchema,
        response: { 200: UnsubscribedSchema, 400: ProblemSchema },
      },
    },
    async (request) => unsubscribe(app.db.prisma, request.query.token),
  );

  app.get(
    '/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        operationId: 'listNotifications',
        summary: 'My notifications («Уведомления»), newest first',
        description: 'The latest 100 notifications of the signed-in user and how many are unread.',
        response: { 200: NotificationListSchema, ...refusals },
      },
    },
    async (request) => listMine(app.db.prisma, await requireUser(request)),
  );

  app.get(
    '/notifications/unread-count',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        operationId: 'countUnreadNotifications',
        summary: 'How many of my notifications are unread',
        description: 'For the counter in the staff header.',
        response: { 200: UnreadCountSchema, ...refusals },
      },
    },
    async (request) => unreadCount(app.db.prisma, await requireUser(request)),
  );

  app.post(
    '/notifications/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        operationId: 'markNotificationsRead',
        summary: 'Mark my notifications read',
        description:
          'Marks the given notifications (or all with `all: true`) of the signed-in user read; ids of other users’ notifications change nothing. Answers the new unread count.',
        body: MarkReadBodySchema,
        response: { 200: UnreadCountSchema, 400: ProblemSchema, ...refusals },
      },
    },
    async (request) => markMineRead(app.db.prisma, await requireUser(request), request.body),
  );

  app.get(
    '/notifications/preferences',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        operationId: 'getMailPreferences',
        summary: 'Which kinds of notification come to me by mail',
        description:
          'Every kind a user may choose, with the current choice (all on by default except digests).',
        response: { 200: MailPreferencesSchema, ...refusals },
      },
    },
    async (request) => myPreferences(app.db.prisma, await requireUser(request)),
  );

  app.put(
    '/notifications/preferences',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notifications'],
        operationId: 'updateMailPreferences',
        summary: 'Choose which kinds of notification come to me by mail',
        description:
          'Changes the given kinds only. Invitations and password-reset links always come and cannot be switched off.',
        body: UpdateMailPreferencesBodySchema,
        response: { 200: MailPreferencesSchema, 400: ProblemSchema, ...refusals },
      },
    },
    async (request) => updateMyPreferences(app.db.prisma, await requireUser(request), request.body),
  );
};
