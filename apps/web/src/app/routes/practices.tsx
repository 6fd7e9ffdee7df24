import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { practicesInfiniteQueryOptions } from '../../features/practices/api/list-practices';
import { Catalogue } from '../../features/practices/components/catalogue/catalogue';
import { parseCatalogueParams, toListQuery } from '../../features/practices/lib/catalogue-params';
import { practicesMessages as m } from '../../features/practices/messages';
import { SubscribeForm } from '../../features/saved-searches/components/subscribe-form';
import { getQueryClient } from '../../lib/query-client';
import { evidenceLevelsQueryOptions, regionsQueryOptions } from '../../lib/reference-queries';

export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseCatalogueParams(new URL(request.url).searchParams);
  // Settled, not thrown: the catalogue shows its own error with a retry, and works without the
  // region book or the evidence definitions.
  await Promise.allSettled([
    getQueryClient().ensureInfiniteQueryData(practicesInfiniteQueryOptions(toListQuery(params))),
    getQueryClient().ensureQueryData(regionsQueryOptions()),
    getQueryClient().ensureQueryData(evidenceLevelsQueryOptions()),
  ]);
  return null;
}

/**
 * A filter change is a search-params change on this same page: the page's own query follows the
 * URL and keeps the previous results on screen, where a loader would hold the whole page back.
 */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

export function Component() {
  const { data: regions } = useQuery(regionsQueryOptions());
  const { data: session } = useQuery(meQueryOptions());
  const [searchParams] = useSearchParams();
  // The selection a subscription follows: the catalogue's URL filters and query, without the sort.
  const search = useMemo(() => {
    const { sort: _sort, ...selection } = toListQuery(parseCatalogueParams(searchParams));
    return selection;
  }, [searchParams]);
  const regionBook = useMemo(
    () =>
      regions?.items.map((region) => ({
        code: region.code,
        nameRu: region.nameRu,
        districtCode: region.district.code,
      })),
    [regions],
  );
  return (
    <>
      <Breadcrumbs
        items={[{ label: layoutMessages.navHome, to: '/' }, { label: layoutMessages.navCatalogue }]}
      />
      {/* Canonical without filters: a filtered list is a view of the one catalogue. */}
      <PageMeta title={m.catalogueTitle} description={m.catalogueLead} path="/practices" />
      <PageTitle>{m.catalogueTitle}</PageTitle>
      <p className="lead">{m.catalogueLead}</p>
      {/* A new selection is a new form: a subscription made for the previous one is not shown as this one's. */}
      <SubscribeForm
        key={searchParams.toString()}
        search={search}
        accountEmail={session?.user.email ?? null}
      />
      <Catalogue regionBook={regionBook} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
