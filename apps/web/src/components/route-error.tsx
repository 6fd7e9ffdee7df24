import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ApiError, isNotFound } from '../lib/api-error';
import { ErrorState } from './error-state';
import { Forbidden } from './forbidden';
import { stateMessages } from './messages';
import { NotFound } from './not-found';

/**
 * A role without access: thrown as a 403 response by a staff route's loader, or answered by the
 * API (its `forbidden` problem type, written out to keep zod out of this first-load module).
 */
function isForbidden(error: unknown): boolean {
  if (isRouteErrorResponse(error)) return error.status === 403;
  return error instanceof ApiError && error.status === 403 && error.problem.type === '/problems/forbidden';
}

/**
 * Route errorElement: a loader or page that failed as a whole. Not-found answers get the
 * not-found page, refusals the «Недостаточно прав» page; anything else gets the problem's text
 * and a retry.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if ((isRouteErrorResponse(error) && error.status === 404) || isNotFound(error)) return <NotFound />;
  if (isForbidden(error)) return <Forbidden />;
  // An API failure is retried by re-running the loaders; anything else (a route chunk that failed
  // to download after a deploy, a rendering bug) needs a fresh page.
  const retry =
    error instanceof ApiError ? () => void revalidator.revalidate() : () => window.location.reload();
  return (
    <div className="stack">
      <title>{stateMessages.errorTitle}</title>
      <ErrorState error={error} headingLevel={1} onRetry={retry} />
    </div>
  );
}
