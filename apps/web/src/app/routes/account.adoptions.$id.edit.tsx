import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { adoptionQueryOptions, useAdoption } from '../../features/adoptions/api/get-adoption';
import { AdoptionForm } from '../../features/adoptions/components/adoption-form';
import { adoptionMessages as m } from '../../features/adoptions/messages';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { getQueryClient } from '../../lib/query-client';

const MANAGERS = ['coordinator', 'moderator', 'admin'] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuth(request, MANAGERS);
  await signedInOrRedirect(
    request,
    getQueryClient().ensureQueryData(adoptionQueryOptions(Number(params.id))),
  );
  return null;
}

export function Component() {
  const { data: adoption } = useAdoption(Number(useParams().id));
  const practice = { slug: adoption.practice.slug, region: { code: adoption.practice.regionCode } };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.dashboardTitle, to: '/account/adoptions' },
          { label: m.editTitle },
        ]}
      />
      <PageTitle caption={adoption.regionName}>{m.editTitle}</PageTitle>
      <p className="lead">{m.formLead(adoption.practice.title)}</p>
      {adoption.canEdit ? (
        // Re-mount on a new revision so the form starts from what was saved.
        <AdoptionForm key={adoption.revision} practice={practice} existing={adoption} chooseRegion={false} />
      ) : (
        <p className="notice">{m.readOnly}</p>
      )}
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
