import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageTitle } from '../../components/page-title';
import { contestQueryOptions, useContest } from '../../features/contests/api/public-contests';
import { ContestView } from '../../features/contests/components/contest-view';
import { contestMessages as m } from '../../features/contests/messages';
import { queryClient } from '../../lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  await queryClient.ensureQueryData(contestQueryOptions(params.slug ?? ''));
  return null;
}

export function Component() {
  const slug = useParams().slug ?? '';
  const { data: contest } = useContest(slug);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: layoutMessages.navHome, to: '/' },
          { label: m.listTitle, to: '/contests' },
          { label: contest.title },
        ]}
      />
      <PageTitle>{contest.title}</PageTitle>
      <ContestView slug={slug} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
