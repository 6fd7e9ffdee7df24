import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { submissionsQueryOptions } from '../../features/submissions/api/list-submissions';
import { ModerationQueue, QUEUE_STATUSES } from '../../features/submissions/components/moderation-queue';
import { submissionMessages as m } from '../../features/submissions/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['moderator', 'admin']);
  await signedInOrRedirect(
    request,
    getQueryClient().ensureQueryData(submissionsQueryOptions(QUEUE_STATUSES)),
  );
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.queueTitle }]} />
      <PageTitle>{m.queueTitle}</PageTitle>
      <p className="lead">{m.queueLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <ModerationQueue />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
