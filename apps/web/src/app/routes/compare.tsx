import type { PracticePassport } from '@registry/contracts/practices';
import { useQueries } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs, redirect, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { LoadingState } from '../../components/loading-state';
import { layoutMessages } from '../../components/messages';
import { PageTitle } from '../../components/page-title';
import { CompareTable } from '../../features/compare/components/compare-table';
import { parseCompareParams } from '../../features/compare/lib/compare-params';
import { compareMessages as m } from '../../features/compare/messages';
import { practiceQueryOptions } from '../../features/practices/api/get-practice';
import { isNotFound } from '../../lib/api-error';
import { COMPARE_PARAM, compareHref, MAX_COMPARED, removeCompared } from '../../lib/compare-selection';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  const { slugs } = parseCompareParams(new URL(request.url).searchParams);
  // Missing practices become a notice on the page, not an error page.
  const loaded = await Promise.allSettled(
    slugs.map((slug) => getQueryClient().ensureQueryData(practiceQueryOptions(slug))),
  );
  // A renamed practice: fetch followed the API's 301; the shared URL moves to the current names.
  const current = loaded.map((result, i) => (result.status === 'fulfilled' ? result.value.slug : slugs[i]));
  if (current.some((slug, i) => slug !== slugs[i])) throw redirect(compareHref(current as string[]));
  return null;
}

function Notices({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning compare__notice" role="status">
      <p className="notice__title">{m.noticeTitle}</p>
      <ul className="compare__list">
        {problems.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}

export function Component() {
  const [search, setSearch] = useSearchParams();
  const { slugs, invalid, extra } = parseCompareParams(search);
  const results = useQueries({ queries: slugs.map((slug) => practiceQueryOptions(slug)) });
  const practices = results.flatMap((result) => (result.data ? [result.data] : [])) as PracticePassport[];
  const loading = results.some((result) => result.isPending);
  const problems = [
    ...invalid.map(m.invalid),
    ...slugs.flatMap((slug, i) => {
      const error = results[i]?.error;
      if (!error) return [];
      return [isNotFound(error) ? m.notFound(slug) : m.failed(slug)];
    }),
    ...(extra.length > 0 ? [m.extra(MAX_COMPARED, extra)] : []),
  ];
  const remove = (slug: string) => {
    removeCompared(slug);
    const rest = practices.map((p) => p.slug).filter((other) => other !== slug);
    setSearch(rest.length > 0 ? { [COMPARE_PARAM]: rest.join(',') } : {});
    document.querySelector<HTMLElement>('h1')?.focus();
  };

  return (
    <>
      <Breadcrumbs
        items={[
          { label: layoutMessages.navHome, to: '/' },
          { label: layoutMessages.navCatalogue, to: '/practices' },
          { label: m.title },
        ]}
      />
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      <Notices problems={problems} />
      {loading ? (
        <LoadingState label={m.loading} />
      ) : practices.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{m.emptyTitle}</p>
          <p>
            {m.emptyText} <Link to="/practices">{m.toCatalogue}</Link>
          </p>
        </div>
      ) : (
        <>
          {practices.length < 2 ? (
            <p>
              {m.needMore} <Link to="/practices">{m.toCatalogue}</Link>
            </p>
          ) : null}
          <CompareTable practices={practices} onRemove={remove} />
        </>
      )}
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
