import type { LoaderFunctionArgs } from 'react-router';
import { Link } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { overviewQueryOptions } from '../../features/reviews/api/board';
import { ReviewOverview } from '../../features/reviews/components/review-overview';
import { reviewMessages as m } from '../../features/reviews/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['moderator', 'admin']);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(overviewQueryOptions()));
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs
        items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.overviewTitle }]}
      />
      <PageTitle>{m.overviewTitle}</PageTitle>
      <p className="lead">{m.overviewLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <ReviewOverview />
      </SectionBoundary>
      <p className="section">
        <Link to="/account/rubric">{m.rubricEditorTitle}</Link>
      </p>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
