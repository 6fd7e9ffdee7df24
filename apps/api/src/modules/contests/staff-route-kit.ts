// What the staff contest routes share: error responses, roles, and the signed-in actor.
import type { UserRole } from '@registry/contracts/auth';
import { StaffNominationSchema } from '@registry/contracts/contests-staff';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyRequest } from 'fastify';
import { type Actor, requireRole, requireUser } from '../auth';

export const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};
export const MANAGERS: UserRole[] = ['moderator', 'admin'];
export const tags = ['contests (staff)'];
export const nominationResponse = { 200: StaffNominationSchema, ...errors };

/** The signed-in user as the rules see them; 401 without a session, 403 outside `roles`. */
export const actorOf = (request: FastifyRequest, roles?: UserRole[]): Promise<Actor> =>
  roles ? requireRole(request, roles) : requireUser(request);
