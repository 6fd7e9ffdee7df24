import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { mySavedSearchesQueryOptions } from '../../features/saved-searches/api/mine';
import { MySubscriptions } from '../../features/saved-searches/components/my-subscriptions';
import { savedSearchesMessages as m } from '../../features/saved-searches/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(mySavedSearchesQueryOptions()));
  return null;
}

export function Component() {
  return (
    <div className="account-page">
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.mineTitle }]} />
      <PageTitle>{m.mineTitle}</PageTitle>
      <SectionBoundary loadingLabel={m.loading}>
        <MySubscriptions />
      </SectionBoundary>
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
