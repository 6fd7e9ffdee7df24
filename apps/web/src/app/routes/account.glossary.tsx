import type { LoaderFunctionArgs } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { glossaryQueryOptions } from '../../features/glossary/api/glossary';
import { GlossaryEditor } from '../../features/glossary/components/glossary-editor';
import { glossaryMessages as m } from '../../features/glossary/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request, ['moderator', 'admin']);
  await signedInOrRedirect(request, getQueryClient().ensureQueryData(glossaryQueryOptions()));
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.title }]} />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <GlossaryEditor />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
