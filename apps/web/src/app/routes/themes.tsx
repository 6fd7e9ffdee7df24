import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { ThemeTiles } from '../../features/themes/components/theme-tiles';
import { themesMessages as m } from '../../features/themes/messages';
import { getQueryClient } from '../../lib/query-client';
import { themesQueryOptions } from '../../lib/reference-queries';

export async function loader() {
  // A failure shows inside the section, with a retry.
  await getQueryClient()
    .ensureQueryData(themesQueryOptions())
    .catch(() => undefined);
  return null;
}

export function Component() {
  return (
    <>
      <PageMeta title={m.listTitle} description={m.listLead} />
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.listTitle }]} />
      <PageTitle>{m.listTitle}</PageTitle>
      <p className="lead">{m.listLead}</p>
      <SectionBoundary loadingLabel={m.listLoading}>
        <ThemeTiles />
      </SectionBoundary>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
