import { type SessionInfo, SessionInfoSchema } from '@registry/contracts/auth';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, setCsrfToken } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { authKeys } from './auth-keys';

/**
 * False when the server said the page request came without a session (main.tsx reads it from
 * the page): then nobody is signed in and asking the API would only log a 401 in the console.
 * Signing in sets it back to true.
 */
let sessionExpected = true;

/** Records whether a session may exist (the server's word on page load, or a fresh sign-in). */
export function setSessionExpected(expected: boolean): void {
  sessionExpected = expected;
}

/** GET /api/auth/me: the current session, or null when nobody is signed in (the API's 401). */
export async function getMe(signal?: AbortSignal): Promise<SessionInfo | null> {
  if (!sessionExpected) return null;
  try {
    const info = await apiGet('/auth/me', SessionInfoSchema, { signal });
    setCsrfToken(info.csrfToken);
    return info;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    // Sign-in and sign-out update the cache themselves; refetching now and then notices a
    // session that expired or was revoked elsewhere.
    staleTime: 5 * 60_000,
  });
}

/** The current session without suspending: `data` is undefined while the answer is on its way. */
export function useMe() {
  return useQuery(meQueryOptions());
}
