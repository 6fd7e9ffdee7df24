import { useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { regionFiguresQueryOptions } from '../../features/map/api/map-queries';
import { RegionMapSection } from '../../features/map/components/region-map-section';
import { RegionsDirectory } from '../../features/regions/components/regions-directory';
import { regionsMessages as m } from '../../features/regions/messages';
import { getQueryClient } from '../../lib/query-client';
import { regionsQueryOptions } from '../../lib/reference-queries';

export async function loader() {
  await Promise.all([
    getQueryClient().ensureQueryData(regionsQueryOptions()),
    // A failure shows inside the map's section, with a retry.
    getQueryClient()
      .ensureQueryData(regionFiguresQueryOptions())
      .catch(() => undefined),
  ]);
  return null;
}

export function Component() {
  const [searchParams] = useSearchParams();
  const district = searchParams.get('district') || undefined;
  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.listTitle }]} />
      <PageMeta title={m.listTitle} description={m.listLead} path="/regions" />
      <PageTitle>{m.listTitle}</PageTitle>
      <p className="lead">{m.listLead}</p>
      <RegionMapSection />
      <SectionBoundary loadingLabel={m.listLoading}>
        <RegionsDirectory district={district} />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
