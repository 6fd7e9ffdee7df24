// Route loaders of staff pages call these before fetching anything: the decision is made once,
// before the page's data, and a visitor who is not signed in never sees a flash of the page.
import type { CurrentUser, UserRole } from '@registry/contracts/auth';
import { data, redirect } from 'react-router';
import { setCsrfToken } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { getQueryClient } from '../../../lib/query-client';
import { authKeys } from '../api/auth-keys';
import { meQueryOptions } from '../api/get-me';

/** The login page, asked to come back to the page of `request` afterwards. */
export function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  return redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/**
 * The signed-in user, or a thrown redirect to the login page; with `roles`, a thrown 403 response
 * (the route's error boundary shows «Недостаточно прав») when the user's role is not among them.
 */
export async function requireAuth(request: Request, roles?: readonly UserRole[]): Promise<CurrentUser> {
  const session = await getQueryClient().ensureQueryData(meQueryOptions());
  if (!session) throw loginRedirect(request);
  if (roles && !roles.includes(session.user.role)) throw data(null, { status: 403 });
  return session.user;
}

/**
 * Awaits a staff page's data. A 401 means the session ended since `me` was cached (expired or
 * revoked elsewhere): forget it and send the user to sign in again.
 */
export async function signedInOrRedirect<T>(request: Request, load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      getQueryClient().setQueryData(authKeys.me(), null);
      throw loginRedirect(request);
    }
    throw error;
  }
}
