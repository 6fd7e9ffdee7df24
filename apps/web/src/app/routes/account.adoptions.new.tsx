import { useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { practiceHeadQueryOptions, usePracticeHead } from '../../features/adoptions/api/form-lookups';
import { practiceAdoptionsQueryOptions } from '../../features/adoptions/api/get-practice-adoptions';
import { AdoptionForm } from '../../features/adoptions/components/adoption-form';
import { adoptionMessages as m } from '../../features/adoptions/messages';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { getQueryClient } from '../../lib/query-client';

const MANAGERS = ['coordinator', 'moderator', 'admin'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireAuth(request, MANAGERS);
  const slug = new URL(request.url).searchParams.get('practice');
  if (!slug) return null;
  await getQueryClient().ensureQueryData(practiceHeadQueryOptions(slug));
  // A region declares a practice once: if the coordinator's region already has, open that record
  // rather than a blank form that the API would refuse.
  const region = user.role === 'coordinator' ? user.region?.code : undefined;
  if (region) {
    const adoptions = await getQueryClient().fetchQuery({
      ...practiceAdoptionsQueryOptions(slug),
      staleTime: 0,
    });
    const ours = adoptions.items.find((item) => item.regionCode === region);
    if (ours) throw redirect(`/account/adoptions/${ours.id}/edit`);
  }
  return null;
}

function Form({ slug, chooseRegion }: { slug: string; chooseRegion: boolean }) {
  const { data: practice } = usePracticeHead(slug);
  return (
    <>
      <p className="lead">{m.formLead(practice.title)}</p>
      <AdoptionForm practice={practice} existing={null} chooseRegion={chooseRegion} />
    </>
  );
}

export function Component() {
  const slug = useSearchParams()[0].get('practice');
  const { data: session } = useSuspenseQuery(meQueryOptions());
  const user = session?.user;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.dashboardTitle, to: '/account/adoptions' },
          { label: m.newTitle },
        ]}
      />
      <PageTitle caption={user?.region?.nameRu}>{m.newTitle}</PageTitle>
      {slug ? <Form slug={slug} chooseRegion={user?.role !== 'coordinator'} /> : <p>{m.practiceMissing}</p>}
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
