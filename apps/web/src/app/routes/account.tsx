import { useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, Navigate } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { AccountSummary } from '../../features/auth/components/account-summary';
import { requireAuth } from '../../features/auth/lib/require-auth';
import { authMessages as m } from '../../features/auth/messages';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request);
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  // The session ended while the page was open (noticed by a refetch): sign in again.
  if (!session) return <Navigate to="/login?next=%2Faccount" replace />;
  return (
    <>
      <PageTitle>{m.accountTitle}</PageTitle>
      <AccountSummary user={session.user} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
