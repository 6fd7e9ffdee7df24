import {
  MailPreferencesSchema,
  MarkReadBodySchema,
  NotificationListSchema,
  UnreadCountSchema,
  UpdateMailPreferencesBodySchema,
} from '@registry/contracts/notifications';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleOptions } from '../../lib/api-module';
import { requireUser } from '../auth';
import {
  listMine,
  markMineRead,
  myPreferences,
  unreadCount,
  updateMyPreferences,
} from './notifications.service';

const refusals = { 401: ProblemSchema, 403: ProblemSchema } as const;

export const notificationsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app) => {
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
