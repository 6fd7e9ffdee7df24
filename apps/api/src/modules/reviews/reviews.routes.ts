import { ProblemSchema } from '@registry/contracts/problem';
import {
  AssignExpertsBodySchema,
  AssignmentDetailSchema,
  AssignmentListSchema,
  AssignmentParamsSchema,
  AssignmentSchema,
  DecisionBodySchema,
  DeclineBodySchema,
  PracticeReviewParamsSchema,
  ReviewBoardSchema,
  ReviewOverviewSchema,
  SubmitReviewBodySchema,
} from '@registry/contracts/reviews';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleOptions } from '../../lib/api-module';
import { requireRole } from '../auth';
import { decide } from './decision.service';
import { assignmentDetail, decline, listMine, submitReview } from './expert-reviews.service';
import { assignExperts, overview, reviewBoard } from './review-board.service';
import { reviewSetupRoutes } from './review-setup.routes';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
const STAFF = ['moderator', 'admin'] as const;

/** Expert review: assignments, rubric scores, the moderator's board and decision. */
export const reviewsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, options) => {
  const prisma = () => app.db.prisma;
  await app.register(reviewSetupRoutes);

  app.get(
    '/reviews/assignments/mine',
    {
      config: { access: ['expert'] },
      schema: {
        tags: ['reviews'],
        operationId: 'listMyAssignments',
        description:
          'Experts: their review assignments with practice, due date and state, earliest due first.',
        summary: "The signed-in expert's review assignments, earliest due first",
        response: { 200: AssignmentListSchema, ...errors },
      },
    },
    async (request) => listMine(prisma(), await requireRole(request, ['expert'])),
  );

  app.get(
    '/reviews/assignments/:id',
    {
      config: { access: ['expert'] },
      schema: {
        tags: ['reviews'],
        operationId: 'getAssignment',
        summary: 'One own assignment: the rubric, the own review, and the others’ once the own is sent',
        description: 'Another expert’s assignment answers 404, like one that does not exist.',
        params: AssignmentParamsSchema,
        response: { 200: AssignmentDetailSchema, ...errors },
      },
    },
    async (request) => assignmentDetail(prisma(), await requireRole(request, ['expert']), request.params.id),
  );

  app.post(
    '/reviews/assignments/:id/review',
    {
      config: { access: ['expert'] },
      schema: {
        tags: ['reviews'],
        operationId: 'submitReview',
        description:
          'The assigned expert sends the review: a 1–5 score and comment per criterion, a recommendation and an evidence level.',
        summary:
          'Send the review: a 1–5 score and comment per criterion, a recommendation, an evidence level',
        params: AssignmentParamsSchema,
        body: SubmitReviewBodySchema,
        response: { 200: AssignmentDetailSchema, ...errors },
      },
    },
    async (request) =>
      submitReview(prisma(), await requireRole(request, ['expert']), request.params.id, request.body),
  );

  app.post(
    '/reviews/assignments/:id/decline',
    {
      config: { access: ['expert'] },
      schema: {
        tags: ['reviews'],
        operationId: 'declineAssignment',
        description:
          'The assigned expert declines the assignment with a reason; moderators then assign someone else.',
        summary: 'Decline an assignment, with a reason',
        params: AssignmentParamsSchema,
        body: DeclineBodySchema,
        response: { 200: AssignmentSchema, ...errors },
      },
    },
    async (request) =>
      decline(prisma(), await requireRole(request, ['expert']), request.params.id, request.body.reason),
  );

  app.get(
    '/reviews/overview',
    {
      config: { access: STAFF },
      schema: {
        tags: ['reviews'],
        operationId: 'getReviewOverview',
        description:
          'Moderators: open assignments with overdue ones flagged, and recommended practices due for re-review.',
        summary: 'Open assignments (overdue flagged) and recommended practices due for re-review',
        response: { 200: ReviewOverviewSchema, ...errors },
      },
    },
    async (request) => {
      await requireRole(request, STAFF);
      return overview(prisma());
    },
  );

  app.get(
    '/reviews/practices/:id',
    {
      config: { access: STAFF },
      schema: {
        tags: ['reviews'],
        operationId: 'getPracticeReviews',
        description:
          'Moderators: the reviews of a practice side by side, with the weighted score, the spread and the criteria experts disagree on.',
        summary: 'The reviews of a practice side by side, with weighted score, spread and disagreements',
        params: PracticeReviewParamsSchema,
        response: { 200: ReviewBoardSchema, ...errors },
      },
    },
    async (request) => {
      await requireRole(request, STAFF);
      return reviewBoard(prisma(), request.params.id);
    },
  );

  app.post(
    '/reviews/practices/:id/assignments',
    {
      config: { access: STAFF },
      schema: {
        tags: ['reviews'],
        operationId: 'assignExperts',
        summary: 'Assign experts (or another one); conflicts of interest are refused with 409',
        description:
          'An expert from the practice’s region, or one who declared a conflict with its organisation, cannot be assigned; `errors` name each refused expert and why. A submitted practice moves to in_review.',
        params: PracticeReviewParamsSchema,
        body: AssignExpertsBodySchema,
        response: { 200: ReviewBoardSchema, ...errors },
      },
    },
    async (request) =>
      assignExperts(prisma(), await requireRole(request, STAFF), request.params.id, request.body),
  );

  app.post(
    '/reviews/practices/:id/decision',
    {
      config: { access: STAFF },
      schema: {
        tags: ['reviews'],
        operationId: 'decideReview',
        description:
          'Moderators decide after the reviews: recommend for adoption (with a public justification and evidence level), publish, return for revision or reject.',
        summary: 'Decide: recommend for adoption (justification + evidence level), publish, return, reject',
        params: PracticeReviewParamsSchema,
        body: DecisionBodySchema,
        response: { 200: ReviewBoardSchema, ...errors },
      },
    },
    async (request) =>
      decide(
        prisma(),
        await requireRole(request, STAFF),
        request.params.id,
        request.body,
        options.reReviewMonths,
      ),
  );
};
