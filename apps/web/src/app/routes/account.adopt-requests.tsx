import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { adoptRequestsQueryOptions } from '../../features/adopt-requests/api/staff-adopt-requests';
import { AdoptRequestsList } from '../../features/adopt-requests/components/adopt-requests-list';
import { adoptRequestMessages as m } from '../../features/adopt-requests/messages';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { getQueryClient } from '../../lib/query-client';

const READERS = ['coordinator', 'moderator', 'admin'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, READERS);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(adoptRequestsQueryOptions()));
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  const region = session?.user.region;
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.listTitle }]} />
      <PageTitle caption={region?.nameRu}>{m.listTitle}</PageTitle>
      <p className="lead">{region ? m.listLead : m.listLeadAll}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <AdoptRequestsList />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
