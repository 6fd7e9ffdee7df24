import { ProblemSchema } from '@registry/contracts/problem';
import {
  ChangeSlugBodySchema,
  CreateDraftBodySchema,
  ListSubmissionsQuerySchema,
  ManagedPracticeSchema,
  PracticeHistorySchema,
  PracticeVersionListSchema,
  StaleRevisionProblemSchema,
  SubmissionListSchema,
  SubmissionParamsSchema,
  TransitionBodySchema,
  UpdateDraftBodySchema,
  VersionDiffSchema,
  VersionParamsSchema,
} from '@registry/contracts/submissions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../auth';
import { changeSlug } from './slug.service';
import { history, listSubmissions } from './submission-lists.service';
import { createDraft, getManaged, updateDraft } from './submissions.service';
import { transition } from './transition.service';
import { diffVersion, listVersions } from './versions.service';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

export const submissionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const actor = requireUser;
  const prisma = () => app.db.prisma;

  app.get(
    '/submissions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['submissions'],
        operationId: 'listSubmissions',
        description:
          "Staff: practices in the workflow in every status; a coordinator sees their own region's, moderators all.",
        summary: "Practices in the workflow: a coordinator's region, or all for moderators",
        querystring: ListSubmissionsQuerySchema,
        response: { 200: SubmissionListSchema, ...errors },
      },
    },
    async (request) => listSubmissions(prisma(), await actor(request), request.query.status),
  );

  app.post(
    '/submissions',
    {
      schema: {
        tags: ['submissions'],
        operationId: 'createSubmission',
        description:
          'Staff create a draft practice; the page address follows the title until it is set or the practice is published.',
        summary: 'Create a draft practice',
        body: CreateDraftBodySchema,
        response: { 201: ManagedPracticeSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createDraft(prisma(), await actor(request), request.body)),
  );

  app.get(
    '/submissions/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['submissions'],
        operationId: 'getSubmission',
        description:
          'Staff who may see the practice: its passport in any status, its revision, and the actions (transitions) open to the caller.',
        summary: 'A practice in any status, with the actions open to the signed-in user',
        params: SubmissionParamsSchema,
        response: { 200: ManagedPracticeSchema, ...errors },
      },
    },
    async (request) => getManaged(prisma(), await actor(request), request.params.id),
  );

  app.patch(
    '/submissions/:id',
    {
      schema: {
        tags: ['submissions'],
        operationId: 'updateSubmission',
        summary: 'Save passport fields (autosave); 409 when someone saved a newer revision',
        description:
          'A 409 for a stale revision carries `current`: the revision, who saved it (`self` when it was the same account) and the passport as saved.',
        params: SubmissionParamsSchema,
        body: UpdateDraftBodySchema,
        response: { 200: ManagedPracticeSchema, ...errors, 409: StaleRevisionProblemSchema },
      },
    },
    async (request) => updateDraft(prisma(), await actor(request), request.params.id, request.body),
  );

  app.put(
    '/submissions/:id/slug',
    {
      // The service decides, so that a practice an expert may not see answers 404 like a missing one.
      config: { access: 'signed-in' },
      schema: {
        tags: ['submissions'],
        operationId: 'updateSubmissionSlug',
        description:
          "Changes the page address. The region's coordinator and moderators may before publication, only moderators after; the old address then answers 301.",
        summary:
          'Change the page address: the region and moderators before publication, moderators after (the old address then redirects)',
        params: SubmissionParamsSchema,
        body: ChangeSlugBodySchema,
        response: { 200: ManagedPracticeSchema, ...errors },
      },
    },
    async (request) => {
      const who = await actor(request);
      await changeSlug(prisma(), who, request.params.id, request.body);
      return getManaged(prisma(), who, request.params.id);
    },
  );

  app.post(
    '/submissions/:id/transitions',
    {
      schema: {
        tags: ['submissions'],
        operationId: 'transitionSubmission',
        description:
          "Moves a practice along its life cycle (submit, return for revision, reject, publish…) as the caller's role allows; an illegal move is 409.",
        summary:
          'Move a practice along its life cycle (submit, return, reject, publish…); illegal moves are 409',
        params: SubmissionParamsSchema,
        body: TransitionBodySchema,
        response: { 200: ManagedPracticeSchema, ...errors },
      },
    },
    async (request) => transition(prisma(), await actor(request), request.params.id, request.body),
  );

  app.get(
    '/submissions/:id/history',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['submissions'],
        operationId: 'getSubmissionHistory',
        description:
          'Staff who may see the practice: every status change and edit with its author, time and comments.',
        summary: 'The audit history: who changed what status, when, with which comments',
        params: SubmissionParamsSchema,
        response: { 200: PracticeHistorySchema, ...errors },
      },
    },
    async (request) => history(prisma(), await actor(request), request.params.id),
  );

  app.get(
    '/submissions/:id/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['submissions'],
        operationId: 'listSubmissionVersions',
        description:
          'Staff who may see the practice: the passports it had after publication, one per saved edit.',
        summary: 'Earlier passports of a published practice, one per edit',
        params: SubmissionParamsSchema,
        response: { 200: PracticeVersionListSchema, ...errors },
      },
    },
    async (request) => listVersions(prisma(), await actor(request), request.params.id),
  );

  app.get(
    '/submissions/:id/versions/:number/diff',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['submissions'],
        operationId: 'getSubmissionVersionDiff',
        description:
          'Staff who may see the practice: field by field, what changed from this version to the next one (or to the current passport).',
        summary: 'What changed from a version to the next one (or to the current passport)',
        params: VersionParamsSchema,
        response: { 200: VersionDiffSchema, ...errors },
      },
    },
    async (request) => diffVersion(prisma(), await actor(request), request.params.id, request.params.number),
  );
};
