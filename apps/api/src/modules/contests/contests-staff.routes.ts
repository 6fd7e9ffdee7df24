import {
  AwardBodySchema,
  EntryBodySchema,
  IdParamsSchema,
  ScoreBodySchema,
  StaffNominationListSchema,
  StaffNominationSchema,
} from '@registry/contracts/contests-staff';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contestSetupRoutes } from './contest-setup.routes';
import { enterPractice, finaliseResults, publishResults, scoreEntry, setAward } from './entries.service';
import { getStaffNomination, listStaffNominations } from './nominations.service';
import { actorOf as as, errors, MANAGERS, nominationResponse as nomination, tags } from './staff-route-kit';

/** Setting contests up (moderators), entering practices (coordinators), scoring (experts). */
export const contestsStaffRoutes: FastifyPluginAsyncZod = async (app) => {
  const prisma = () => app.db.prisma;
  await app.register(contestSetupRoutes);

  app.get(
    '/staff/nominations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'listStaffNominations',
        description:
          'Staff: all nominations for moderators, assigned ones for experts, open ones for coordinators.',
        summary: 'Nominations for the signed-in user: all, assigned (experts) or open (coordinators)',
        response: { 200: StaffNominationListSchema, ...errors },
      },
    },
    async (request) => listStaffNominations(prisma(), await as(request)),
  );

  app.get(
    '/staff/nominations/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'getStaffNomination',
        description:
          'Staff: a nomination with entries and scores as the caller may see them; experts only when assigned to it.',
        summary: 'A nomination as the signed-in user may see it; experts only when assigned',
        params: IdParamsSchema,
        response: nomination,
      },
    },
    async (request) => getStaffNomination(prisma(), await as(request), request.params.id),
  );

  app.post(
    '/staff/nominations/:id/entries',
    {
      config: { access: ['coordinator', 'admin'] },
      schema: {
        tags,
        operationId: 'createNominationEntry',
        description:
          "A regional coordinator enters one of their region's public practices while the nomination's submission window is open.",
        summary: "Enter one of the region's public practices while the submission window is open",
        params: IdParamsSchema,
        body: EntryBodySchema,
        response: { 201: StaffNominationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await as(request, ['coordinator', 'admin']);
      return reply
        .code(201)
        .send(await enterPractice(prisma(), actor, request.params.id, request.body.practiceId));
    },
  );

  app.put(
    '/staff/entries/:id/score',
    {
      config: { access: ['expert'] },
      schema: {
        tags,
        operationId: 'scoreEntry',
        description: 'An expert assigned to the nomination scores an entry, 1–5 per criterion.',
        summary: "An assigned expert's scores (1–5 per criterion) of an entry",
        params: IdParamsSchema,
        body: ScoreBodySchema,
        response: nomination,
      },
    },
    async (request) => scoreEntry(prisma(), await as(request, ['expert']), request.params.id, request.body),
  );

  app.put(
    '/staff/entries/:id/award',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'awardEntry',
        description:
          'Moderators mark an entry winner or finalist; after publication only as a correction with a reason, until the results are final.',
        summary:
          'Mark an entry winner or finalist; after publication a correction with a reason, until final',
        params: IdParamsSchema,
        body: AwardBodySchema,
        response: nomination,
      },
    },
    async (request) => setAward(prisma(), await as(request, MANAGERS), request.params.id, request.body),
  );

  app.post(
    '/staff/nominations/:id/results',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'publishNominationResults',
        description:
          'Moderators publish the results: entries and scores are frozen; awards stay correctable until final.',
        summary: 'Publish the results; entries and scores are frozen, awards correctable until final',
        params: IdParamsSchema,
        response: nomination,
      },
    },
    async (request) => publishResults(prisma(), await as(request, MANAGERS), request.params.id),
  );

  app.post(
    '/staff/nominations/:id/results/final',
    {
      config: { access: MANAGERS },
      schema: {
        tags,
        operationId: 'finaliseNominationResults',
        description: 'Moderators publish the results for good: no more corrections.',
        summary: 'Publish the results for good: no more corrections',
        params: IdParamsSchema,
        response: nomination,
      },
    },
    async (request) => finaliseResults(prisma(), await as(request, MANAGERS), request.params.id),
  );
};
