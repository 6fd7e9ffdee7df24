import { type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { securityEventsQueryOptions } from '../../features/security-log/api/list-security-events';
import { SecurityLogFilters } from '../../features/security-log/components/security-log-filters';
import { SecurityLogTable } from '../../features/security-log/components/security-log-table';
import { parseSecurityLogParams } from '../../features/security-log/lib/security-log-params';
import { securityLogMessages as m } from '../../features/security-log/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['admin']);
  const filters = parseSecurityLogParams(new URL(request.url).searchParams);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(securityEventsQueryOptions(filters)));
  return null;
}

export function Component() {
  const [searchParams] = useSearchParams();
  const filters = parseSecurityLogParams(searchParams);
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.title }]} />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      <SecurityLogFilters key={searchParams.toString()} filters={filters} />
      <SectionBoundary loadingLabel={m.loading}>
        <SecurityLogTable filters={filters} />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
