import { type LoaderFunctionArgs, useParams, useRouteError } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { RouteError } from '../../components/route-error';
import { SectionBoundary } from '../../components/section-boundary';
import { regionQueryOptions, useRegion } from '../../features/regions/api/get-region';
import { RegionHeader } from '../../features/regions/components/region-header';
import { RegionNotFound } from '../../features/regions/components/region-not-found';
import { RegionPractices } from '../../features/regions/components/region-practices';
import { regionsMessages as m } from '../../features/regions/messages';
import { ApiError } from '../../lib/api-error';
import { queryClient } from '../../lib/query-client';

const trail = [
  { label: layoutMessages.navHome, to: '/' },
  { label: m.listTitle, to: '/regions' },
];

export async function loader({ params }: LoaderFunctionArgs) {
  await queryClient.ensureQueryData(regionQueryOptions(params.code ?? ''));
  return null;
}

export function Component() {
  const { data: region } = useRegion(useParams().code ?? '');
  return (
    <>
      <Breadcrumbs items={[...trail, { label: region.nameRu }]} />
      <RegionHeader region={region} />
      <SectionBoundary>
        <RegionPractices />
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
