import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { adoptionDashboardQueryOptions } from '../../features/adoptions/api/list-adoptions';
import { AdoptionDashboardView } from '../../features/adoptions/components/adoption-dashboard';
import { adoptionMessages as m } from '../../features/adoptions/messages';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { getQueryClient } from '../../lib/query-client';

const ADOPTION_MANAGERS = ['coordinator', 'moderator', 'admin'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ADOPTION_MANAGERS);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(adoptionDashboardQueryOptions()));
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  const region = session?.user.region;
  return (
    <>
      <Breadcrumbs
        items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.dashboardTitle }]}
      />
      <PageTitle caption={region?.nameRu}>{m.dashboardTitle}</PageTitle>
      <p className="lead">{region ? m.dashboardLead : m.dashboardLeadAll}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <AdoptionDashboardView />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
