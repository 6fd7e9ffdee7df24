// What the server hands the browser along with the HTML: the router's state (which routes
// failed, and how) and the TanStack Query cache the page was rendered from. It travels as a
// JSON data block (<script type="application/json">), which the Content-Security-Policy allows
// where an inline script would be refused.
import type { DehydratedState } from '@tanstack/react-query';
import { isRouteErrorResponse } from 'react-router';
import { ApiError } from '../lib/api-error';

export const SERVER_DATA_ID = 'server-data';

type SerializedError =
  | { kind: 'api'; problem: ApiError['problem'] }
  | { kind: 'response'; status: number; statusText: string; data: unknown }
  | { kind: 'error'; message: string };

export interface ServerData {
  /**
   * Whether the request came with a live session. Only its presence: the page itself is rendered
   * anonymously. Lets an anonymous visitor's browser skip GET /api/auth/me and its 401.
   */
  signedIn: boolean;
  router?: {
    loaderData: Record<string, unknown>;
    errors: Record<string, SerializedError> | null;
  };
  queries?: DehydratedState;
}

/** An error thrown by a loader, in a form JSON keeps (revived by reviveErrors). */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof ApiError) return { kind: 'api', problem: error.problem };
  if (isRouteErrorResponse(error)) {
    return { kind: 'response', status: error.status, statusText: error.statusText, data: error.data };
  }
  // The text of an unexpected error stays in the server log, not in the page.
  return { kind: 'error', message: 'Server render failed' };
}

/** JSON for a data block in HTML: "<" escaped so that no text can close the tag. */
export function toHtmlJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
