import { useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { MaterialsEditor } from '../../features/materials/components/materials-editor';
import { useSubmission } from '../../features/submissions/api/get-submission';
import { SubmissionEditor } from '../../features/submissions/components/editor/submission-editor';
import { prefetchSubmissionPage } from '../../features/submissions/lib/prefetch';
import { submissionMessages as m } from '../../features/submissions/messages';
import { getQueryClient } from '../../lib/query-client';
import { practiceIdOf } from './account.practices.$id';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuth(request, ['coordinator', 'moderator', 'admin']);
  const id = practiceIdOf(params.id);
  await signedInOrRedirect(request, prefetchSubmissionPage(getQueryClient(), id));
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  // Coordinators call their list «Мой регион»; moderators and admins see every region's.
  const dashboardLabel = session?.user.role === 'coordinator' ? m.dashboardTitle : m.dashboardTitleAll;
  const id = practiceIdOf(useParams().id);
  const { data: practice } = useSubmission(id);
  const title = practice.passport.title || m.untitled;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: dashboardLabel, to: '/account/practices' },
          { label: title, to: `/account/practices/${id}` },
          { label: m.editorTitle },
        ]}
      />
      <PageTitle caption={title}>{m.editorTitle}</PageTitle>
      <SubmissionEditor id={id} />
      <MaterialsEditor practiceId={id} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
