import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { submissionsQueryOptions } from '../../features/submissions/api/list-submissions';
import { CreatePractice } from '../../features/submissions/components/create-practice';
import { SubmissionsDashboard } from '../../features/submissions/components/submissions-dashboard';
import { submissionMessages as m } from '../../features/submissions/messages';
import { getQueryClient } from '../../lib/query-client';

const MANAGERS = ['coordinator', 'moderator', 'admin'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, MANAGERS);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(submissionsQueryOptions()));
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  const coordinator = session?.user.role === 'coordinator';
  const title = coordinator ? m.dashboardTitle : m.dashboardTitleAll;
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: title }]} />
      <PageTitle caption={coordinator ? session?.user.region?.nameRu : undefined}>{title}</PageTitle>
      <p className="lead">{coordinator ? m.dashboardLead : m.dashboardLeadAll}</p>
      <CreatePractice chooseRegion={!coordinator} />
      <SectionBoundary loadingLabel={m.loading}>
        <SubmissionsDashboard showRegion={!coordinator} />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
