import { type LoaderFunctionArgs, useParams, useRouteError } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState } from '../../components/empty-state';
import { FeedLinks } from '../../components/feed-links';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { RouteError } from '../../components/route-error';
import { SectionBoundary } from '../../components/section-boundary';
import { practicesInfiniteQueryOptions } from '../../features/practices/api/list-practices';
import type { PracticeListQuery } from '../../features/practices/api/practice-keys';
import { PracticeFeed } from '../../features/practices/components/practice-feed';
import { themeQueryOptions, useTheme } from '../../features/themes/api/get-theme';
import { ThemeHeader } from '../../features/themes/components/theme-header';
import { ThemeNotFound } from '../../features/themes/components/theme-not-found';
import { themesMessages as m } from '../../features/themes/messages';
import { ApiError } from '../../lib/api-error';
import { getQueryClient } from '../../lib/query-client';

const trail = [
  { label: layoutMessages.navHome, to: '/' },
  { label: layoutMessages.navCatalogue, to: '/practices' },
];

const practicesOf = (code: string): PracticeListQuery => ({ theme: [code], sort: 'newest' });

export async function loader({ params }: LoaderFunctionArgs) {
  const code = params.code ?? '';
  const [theme] = await Promise.allSettled([
    getQueryClient().ensureQueryData(themeQueryOptions(code)),
    getQueryClient().ensureInfiniteQueryData(practicesInfiniteQueryOptions(practicesOf(code))),
  ]);
  if (theme.status === 'rejected') throw theme.reason;
  return null;
}

export function Component() {
  const { data: theme } = useTheme(useParams().code ?? '');
  return (
    <>
      <PageMeta title={theme.nameRu} description={m.metaDescription(theme.nameRu, theme.practiceCount)} />
      <Breadcrumbs items={[...trail, { label: theme.nameRu }]} />
      <ThemeHeader theme={theme} />
      <section className="section" aria-labelledby="theme-practices">
        <h2 id="theme-practices">{m.practicesTitle}</h2>
        <SectionBoundary>
          <PracticeFeed
            query={practicesOf(theme.code)}
            empty={<EmptyState title={m.practicesEmpty}>{m.practicesEmptyHint}</EmptyState>}
          />
        </SectionBoundary>
        <FeedLinks scope={{ theme: theme.code }} />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const code = useParams().code ?? '';
  const noSuchTheme = error instanceof ApiError && (error.status === 404 || error.status === 400);
  if (!noSuchTheme) return <RouteError />;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: m.notFoundTitle }]} />
      <ThemeNotFound code={code} />
    </>
  );
}
