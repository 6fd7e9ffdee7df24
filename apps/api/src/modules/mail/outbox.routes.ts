import {
  OutboxListQuerySchema,
  OutboxListSchema,
  OutboxMessageSchema,
  OutboxParamsSchema,
} from '@registry/contracts/notifications';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleOptions } from '../../lib/api-module';
import { requireRole } from '../auth';
import { getOutboxMessage, listOutboxMessages, retryOutboxMessage } from './outbox.service';

const refusals = { 401: ProblemSchema, 403: ProblemSchema } as const;

export const outboxRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, options) => {
  app.get(
    '/mail/outbox',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['mail'],
        operationId: 'listOutboxMessages',
        summary: 'Outgoing mail («Исходящие письма»), newest first (admins only)',
        description:
          'Every message the registry has queued, with its delivery state: waiting, retrying (with the server’s last answer), sent, failed. Without SMTP_URL messages are kept here and not sent (`smtpConfigured: false`).',
        querystring: OutboxListQuerySchema,
        response: { 200: OutboxListSchema, 400: ProblemSchema, ...refusals },
      },
    },
    async (request) =>
      listOutboxMessages(
        app.db.prisma,
        await requireRole(request, ['admin']),
        request.query,
        options.smtpConfigured,
      ),
  );

  app.get(
    '/mail/outbox/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['mail'],
        operationId: 'getOutboxMessage',
        summary: 'One outgoing message with its text and links (admins only)',
        description:
          'The message as it is sent: subject, plain text, HTML, every link in it, and its delivery state.',
        params: OutboxParamsSchema,
        response: { 200: OutboxMessageSchema, 400: ProblemSchema, ...refusals, 404: ProblemSchema },
      },
    },
    async (request) =>
      getOutboxMessage(
        app.db.prisma,
        await requireRole(request, ['admin']),
        request.params.id,
        options.publicUrl,
      ),
  );

  app.post(
    '/mail/outbox/:id/retry',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['mail'],
        operationId: 'retryOutboxMessage',
        summary: 'Send a failed message again (admins only)',
        description:
          'Puts a message whose delivery failed back in the queue, with its attempts counted afresh.',
        params: OutboxParamsSchema,
        response: { 204: z.null(), 400: ProblemSchema, ...refusals, 404: ProblemSchema, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      await retryOutboxMessage(app.db.prisma, await requireRole(request, ['admin']), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
