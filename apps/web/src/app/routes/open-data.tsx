import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { dictionaryQueryOptions } from '../../features/open-data/api/get-dictionary';
import { OpenDataView } from '../../features/open-data/components/open-data-view';
import { openDataMessages as m } from '../../features/open-data/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader() {
  // A failure shows inside the section, with a retry; the page itself still renders.
  await getQueryClient()
    .ensureQueryData(dictionaryQueryOptions())
    .catch(() => undefined);
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.title }]} />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <OpenDataView />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
