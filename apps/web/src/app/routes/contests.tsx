import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageTitle } from '../../components/page-title';
import { contestsQueryOptions } from '../../features/contests/api/public-contests';
import { ContestList } from '../../features/contests/components/contest-list';
import { contestMessages as m } from '../../features/contests/messages';
import { queryClient } from '../../lib/query-client';

export async function loader() {
  await queryClient.ensureQueryData(contestsQueryOptions());
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.listTitle }]} />
      <PageTitle>{m.listTitle}</PageTitle>
      <p className="lead">{m.listLead}</p>
      <ContestList />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
