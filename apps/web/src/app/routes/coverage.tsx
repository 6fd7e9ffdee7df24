import type { CoverageQuery } from '@registry/contracts/map';
import type { ReferenceList } from '@registry/contracts/reference';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type LoaderFunctionArgs, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { coverageQueryOptions } from '../../features/map/api/map-queries';
import { CoverageChooser } from '../../features/map/components/coverage-chooser';
import { CoverageView } from '../../features/map/components/coverage-view';
import { mapMessages as m } from '../../features/map/messages';
import { getQueryClient } from '../../lib/query-client';
import { targetGroupsQueryOptions, themesQueryOptions } from '../../lib/reference-queries';

interface Dropped {
  what: string;
  value: string;
}

const known = (list: ReferenceList, code: string | null) =>
  code !== null && list.items.some((item) => item.code === code);

/** The question in the URL, keeping only codes the reference books know (a theme wins over a group). */
function questionOf(params: URLSearchParams, themes: ReferenceList, groups: ReferenceList) {
  const theme = params.get('theme');
  const group = params.get('targetGroup');
  const query: CoverageQuery | null = known(themes, theme)
    ? { theme: theme as string }
    : known(groups, group)
      ? { targetGroup: group as string }
      : null;
  const dropped: Dropped[] = [];
  if (theme && !known(themes, theme)) dropped.push({ what: m.chooseTheme, value: theme });
  if (group && !known(groups, group)) dropped.push({ what: m.chooseTargetGroup, value: group });
  return { query, dropped };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const [themes, groups] = await Promise.all([
    getQueryClient().ensureQueryData(themesQueryOptions()),
    getQueryClient().ensureQueryData(targetGroupsQueryOptions()),
  ]);
  const { query } = questionOf(new URL(request.url).searchParams, themes, groups);
  // A failure shows inside the section, with a retry; the page itself still renders.
  if (query)
    await getQueryClient()
      .ensureQueryData(coverageQueryOptions(query))
      .catch(() => undefined);
  return null;
}

export function Component() {
  const { data: themes } = useSuspenseQuery(themesQueryOptions());
  const { data: groups } = useSuspenseQuery(targetGroupsQueryOptions());
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { query } = questionOf(params, themes, groups);
  const notices = (location.state as { dropped?: Dropped[] } | null)?.dropped ?? [];

  // A value no reference book knows is taken out of the address, and the page says so.
  useEffect(() => {
    const { dropped: now } = questionOf(params, themes, groups);
    if (now.length === 0) return;
    const next = new URLSearchParams(params);
    for (const { what } of now) next.delete(what === m.chooseTheme ? 'theme' : 'targetGroup');
    const search = next.toString();
    navigate(`/coverage${search ? `?${search}` : ''}`, { replace: true, state: { dropped: now } });
  }, [params, themes, groups, navigate]);

  return (
    <>
      <Breadcrumbs items={[{ label: layoutMessages.navHome, to: '/' }, { label: m.coverageTitle }]} />
      <PageTitle>{m.coverageTitle}</PageTitle>
      <p className="lead">{m.coverageLead}</p>
      {notices.map((notice) => (
        <p key={notice.what} className="notice" role="status">
          {m.unknownValue(notice.what, notice.value)}
        </p>
      ))}
      <CoverageChooser
        themes={themes}
        targetGroups={groups}
        theme={query?.theme}
        targetGroup={query?.targetGroup}
      />
      {query ? (
        <SectionBoundary loadingLabel={m.coverageLoading}>
          <CoverageView query={query} />
        </SectionBoundary>
      ) : (
        <p>{m.chooseFirst}</p>
      )}
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
