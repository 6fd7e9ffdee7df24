import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { contestsQueryOptions } from '../../features/contests/api/public-contests';
import { ContestList } from '../../features/contests/components/contest-list';
import { contestMessages as m } from '../../features/contests/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader() {
  await getQueryClient().ensureQueryData(contestsQueryOptions());
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.listTitle }]} />
      <PageMeta title={m.listTitle} description={m.listLead} path="/contests" />
      <PageTitle>{m.listTitle}</PageTitle>
      <p className="lead">{m.listLead}</p>
      <ContestList />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
