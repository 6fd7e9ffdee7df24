// Kept apart from the fetch client so that code which only needs `instanceof ApiError` (the
// QueryClient's retry rule, error screens) does not pull zod into the first-load bundle.
import type { Problem } from '@registry/contracts/problem';

/** A non-2xx answer from the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** True for answers that repeating the same request cannot fix (400, 404…). */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

/** Whether an error is the API saying "no such resource". */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
