import { type LoaderFunctionArgs, useParams, useRouteError } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { FeedLinks } from '../../components/feed-links';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { RouteError } from '../../components/route-error';
import { SectionBoundary } from '../../components/section-boundary';
import { regionAdoptionsQueryOptions } from '../../features/adoptions/api/get-region-adoptions';
import { RegionAdoptions } from '../../features/adoptions/components/region-adoptions';
import { practicesInfiniteQueryOptions } from '../../features/practices/api/list-practices';
import type { PracticeListQuery } from '../../features/practices/api/practice-keys';
import { PracticeFeed } from '../../features/practices/components/practice-feed';
import { regionQueryOptions, useRegion } from '../../features/regions/api/get-region';
import { RegionHeader } from '../../features/regions/components/region-header';
import { RegionNotFound } from '../../features/regions/components/region-not-found';
import { RegionPractices } from '../../features/regions/components/region-practices';
import { regionsMessages as m } from '../../features/regions/messages';
import { ApiError } from '../../lib/api-error';
import { getQueryClient } from '../../lib/query-client';

const trail = [
  { label: layoutMessages.navHome, to: '/' },
  { label: m.listTitle, to: '/regions' },
];

const practicesOf = (code: string): PracticeListQuery => ({ region: [code], sort: 'newest' });

export async function loader({ params }: LoaderFunctionArgs) {
  const code = params.code ?? '';
  // The practices are a section of their own: if they fail, the page still shows the region.
  const [region] = await Promise.allSettled([
    getQueryClient().ensureQueryData(regionQueryOptions(code)),
    getQueryClient().ensureInfiniteQueryData(practicesInfiniteQueryOptions(practicesOf(code))),
    getQueryClient().ensureQueryData(regionAdoptionsQueryOptions(code)),
  ]);
  if (region.status === 'rejected') throw region.reason;
  return null;
}

export function Component() {
  const { data: region } = useRegion(useParams().code ?? '');
  return (
    <>
      <PageMeta title={region.nameRu} description={m.metaDescription(region.nameRu, region.practiceCount)} />
      <Breadcrumbs items={[...trail, { label: region.nameRu }]} />
      <RegionHeader region={region} />
      <RegionPractices region={region}>
        <SectionBoundary>
          <PracticeFeed query={practicesOf(region.code)} />
        </SectionBoundary>
        <FeedLinks scope={{ region: region.code }} />
      </RegionPractices>
      <SectionBoundary>
        <RegionAdoptions code={region.code} />
      </SectionBoundary>
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const code = useParams().code ?? '';
  // 404 (no such region) and 400 (a code that cannot exist, like "7x") mean the same to a reader.
  const noSuchRegion = error instanceof ApiError && (error.status === 404 || error.status === 400);
  if (!noSuchRegion) return <RouteError />;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: m.notFoundTitle }]} />
      <RegionNotFound code={code} />
    </>
  );
}
