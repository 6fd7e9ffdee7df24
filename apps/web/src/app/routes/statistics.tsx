import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { regionFiguresQueryOptions } from '../../features/map/api/map-queries';
import { RegionMapSection } from '../../features/map/components/region-map-section';
import { statisticsQueryOptions } from '../../features/statistics/api/get-statistics';
import { StatisticsView } from '../../features/statistics/components/statistics-view';
import { statisticsMessages as m } from '../../features/statistics/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader() {
  // A failure shows inside the section, with a retry; the page itself still renders.
  await Promise.all([
    getQueryClient()
      .ensureQueryData(statisticsQueryOptions())
      .catch(() => undefined),
    getQueryClient()
      .ensureQueryData(regionFiguresQueryOptions())
      .catch(() => undefined),
  ]);
  return null;
}

export function Component() {
  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.title }]} />
      <PageMeta title={m.title} description={m.lead} />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      <SectionBoundary loadingLabel={m.loading}>
        <StatisticsView />
      </SectionBoundary>
      <RegionMapSection />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
