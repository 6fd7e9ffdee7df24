import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { requireAuth } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { contestQueryOptions, useContest } from '../../features/contests/api/public-contests';
import { ManageContest } from '../../features/contests/components/manage-contest';
import { contestMessages as m } from '../../features/contests/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuth(request, ['moderator', 'admin']);
  await getQueryClient().ensureQueryData(contestQueryOptions(params.slug ?? ''));
  return null;
}

export function Component() {
  const slug = useParams().slug ?? '';
  const { data: contest } = useContest(slug);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.staffContestsTitle, to: '/account/contests' },
          { label: contest.title },
        ]}
      />
      <PageTitle caption={m.manage}>{contest.title}</PageTitle>
      <ManageContest slug={slug} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
