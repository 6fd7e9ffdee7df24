import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { conflictsQueryOptions } from '../../features/reviews/api/setup';
import { ConflictsManager } from '../../features/reviews/components/conflicts-manager';
import { reviewMessages as m } from '../../features/reviews/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['expert']);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(conflictsQueryOptions()));
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs
        items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.conflictsTitle }]}
      />
      <PageTitle>{m.conflictsTitle}</PageTitle>
      <p className="lead">{m.conflictsLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <ConflictsManager />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
