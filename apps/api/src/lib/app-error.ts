import type { FieldError } from '@registry/contracts/problem';

/**
 * An expected failure a service reports to the client. `code` is stable and becomes the
 * problem `type` (`/problems/<code in kebab case>`); only plugins/errors.ts turns it into HTTP.
 */
export class AppError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  /** Extra response headers, e.g. Retry-After on a 429. */
  readonly headers: Record<string, string> | undefined;
  /**
   * Extension members of the problem (RFC 9457 §3.2), e.g. the current passport on a stale save;
   * the route's response schema for that status must declare them.
   */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    readonly code: string,
    options: {
      status: number;
      detail: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
    },
  ) {
    super(options.detail);
    this.name = 'AppError';
    this.status = options.status;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }
}
