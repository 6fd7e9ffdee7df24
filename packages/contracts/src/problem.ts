import { z } from './zod';

/** One invalid field of a request: where it is (`query.limit`, `body.title`) and what is wrong. */
export const FieldErrorSchema = z.object({
  field: z.string().describe('Location of the value, e.g. "params.code" or "query.limit"'),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** RFC 9457 problem details, the body of every error response (application/problem+json). */
export const ProblemSchema = z
  .object({
    type: z.string().describe('Stable URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;

/** Stable problem type URIs, relative to the API, documented in docs/architecture.md. */
export const problemTypes = {
  validation: '/problems/validation-error',
  unauthorized: '/problems/unauthorized',
  forbidden: '/problems/forbidden',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  tooManyRequests: '/problems/too-many-requests',
  methodNotAllowed: '/problems/method-not-allowed',
  unavailable: '/problems/service-unavailable',
  internal: '/problems/internal-error',
} as const;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
