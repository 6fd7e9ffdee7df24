import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { staffNominationsQueryOptions } from '../../features/contests/api/staff-contests';
import { StaffNominationList } from '../../features/contests/components/staff-nomination-list';
import { contestMessages as m } from '../../features/contests/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(staffNominationsQueryOptions()));
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  const role = session?.user.role;
  const lead =
    role === 'expert'
      ? m.staffNominationsLeadExpert
      : role === 'coordinator'
        ? m.staffNominationsLeadCoordinator
        : m.staffNominationsLeadModerator;
  return (
    <>
      <Breadcrumbs
        items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.staffNominationsTitle }]}
      />
      <PageTitle>{m.staffNominationsTitle}</PageTitle>
      <p className="lead">{lead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <StaffNominationList />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
