import {
  GlossaryEntryBodySchema,
  GlossaryEntrySchema,
  GlossaryListSchema,
  GlossaryParamsSchema,
} from '@registry/contracts/glossary';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../auth';
import {
  createGlossaryEntry,
  deleteGlossaryEntry,
  listGlossary,
  updateGlossaryEntry,
} from './glossary.service';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const STAFF = ['moderator', 'admin'] as const;

/** The search glossary: public to read, moderators and admins edit it. */
export const glossaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const prisma = () => app.db.prisma;

  app.get(
    '/glossary',
    {
      schema: {
        tags: ['glossary'],
        operationId: 'listGlossaryEntries',
        description:
          'Public. The glossary the search expands queries with: terms, their expansions and synonyms.',
        summary: 'The search glossary: terms with expansions and synonyms',
        response: { 200: GlossaryListSchema },
      },
    },
    () => listGlossary(prisma()),
  );

  app.post(
    '/glossary',
    {
      config: { access: ['moderator', 'admin'] },
      schema: {
        tags: ['glossary'],
        operationId: 'createGlossaryEntry',
        description:
          'Moderators and admins add a term with its expansions and synonyms for the catalogue search.',
        summary: 'Add a glossary entry (moderators, admins)',
        body: GlossaryEntryBodySchema,
        response: { 201: GlossaryEntrySchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await requireRole(request, STAFF);
      const entry = await createGlossaryEntry(prisma(), user.role, request.body);
      return reply.code(201).send(entry);
    },
  );

  app.put(
    '/glossary/:id',
    {
      config: { access: ['moderator', 'admin'] },
      schema: {
        tags: ['glossary'],
        operationId: 'updateGlossaryEntry',
        description: 'Moderators and admins change a glossary entry.',
        summary: 'Change a glossary entry (moderators, admins)',
        params: GlossaryParamsSchema,
        body: GlossaryEntryBodySchema,
        response: { 200: GlossaryEntrySchema, ...errors },
      },
    },
    async (request) => {
      const user = await requireRole(request, STAFF);
      const entry = await updateGlossaryEntry(prisma(), user.role, request.params.id, request.body);
      return entry;
    },
  );

  app.delete(
    '/glossary/:id',
    {
      config: { access: ['moderator', 'admin'] },
      schema: {
        tags: ['glossary'],
        operationId: 'deleteGlossaryEntry',
        description: 'Moderators and admins remove a glossary entry.',
        summary: 'Remove a glossary entry (moderators, admins)',
        params: GlossaryParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const user = await requireRole(request, STAFF);
      await deleteGlossaryEntry(prisma(), user.role, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
