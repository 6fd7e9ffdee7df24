import { useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { regionFiguresQueryOptions } from '../../features/map/api/map-queries';
import { RegionMapSection } from '../../features/map/components/region-map-section';
import { RegionsDirectory } from '../../features/regions/components/regions-directory';
import { regionsMessages as m } from '../../features/regions/messages';
import { queryClient } from '../../lib/query-client';
import { regionsQueryOptions } from '../../lib/reference-queries';

export async function loader() {
  await Promise.all([
    queryClient.ensureQueryData(regionsQueryOptions()),
    // A failure shows inside the map's section, with a retry.
    queryClient.ensureQueryData(regionFiguresQueryOptions()).catch(() => undefined),
  ]);
  return null;
}

export function Component() {
  const [searchParams] = useSearchParams();
  const district = searchParams.get('district') || undefined;
  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.listTitle }]} />
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
