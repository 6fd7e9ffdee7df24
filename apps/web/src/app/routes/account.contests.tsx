import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { contestsQueryOptions } from '../../features/contests/api/public-contests';
import { StaffContests } from '../../features/contests/components/staff-contests';
import { contestMessages as m } from '../../features/contests/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['moderator', 'admin']);
  await getQueryClient().ensureQueryData(contestsQueryOptions());
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs
        items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.staffContestsTitle }]}
      />
      <PageTitle>{m.staffContestsTitle}</PageTitle>
      <p className="lead">{m.staffContestsLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <StaffContests />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
