import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { rubricQueryOptions } from '../../features/reviews/api/setup';
import { RubricEditor } from '../../features/reviews/components/rubric-editor';
import { reviewMessages as m } from '../../features/reviews/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['moderator', 'admin']);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(rubricQueryOptions()));
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.overviewTitle, to: '/account/expertise' },
          { label: m.rubricEditorTitle },
        ]}
      />
      <PageTitle>{m.rubricEditorTitle}</PageTitle>
      <p className="lead">{m.rubricEditorLead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <RubricEditor />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
