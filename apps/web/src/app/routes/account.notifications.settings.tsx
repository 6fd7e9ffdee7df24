import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { preferencesQueryOptions } from '../../features/notifications/api/preferences';
import { PreferencesForm } from '../../features/notifications/components/preferences-form';
import { notificationsMessages as m } from '../../features/notifications/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(preferencesQueryOptions()));
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.title, to: '/account/notifications' },
          { label: m.settingsTitle },
        ]}
      />
      <PageTitle>{m.settingsTitle}</PageTitle>
      <p className="lead">{m.settingsLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <PreferencesForm />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
