import type { LoaderFunctionArgs } from 'react-router';
import { Link } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { myAssignmentsQueryOptions } from '../../features/reviews/api/assignments';
import { MyAssignments } from '../../features/reviews/components/my-assignments';
import { reviewMessages as m } from '../../features/reviews/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['expert']);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(myAssignmentsQueryOptions()));
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.myTitle }]} />
      <PageTitle>{m.myTitle}</PageTitle>
      <p className="lead">{m.myLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <MyAssignments />
      </SectionBoundary>
      <p className="section">
        <Link to="/account/conflicts">{m.conflictsTitle}</Link>
      </p>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
