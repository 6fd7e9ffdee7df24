import { Link, type LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { notificationsQueryOptions } from '../../features/notifications/api/list-notifications';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { notificationsMessages as m } from '../../features/notifications/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(notificationsQueryOptions()));
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.title }]} />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      <p>
        <Link to="/account/notifications/settings">{m.settingsLink}</Link>
      </p>
      <SectionBoundary loadingLabel={m.loading}>
        <NotificationList />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
