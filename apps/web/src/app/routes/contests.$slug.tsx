import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { appName, layoutMessages } from '../../components/messages';
import { PageMeta, useAbsoluteUrl } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { contestQueryOptions, useContest } from '../../features/contests/api/public-contests';
import { ContestView } from '../../features/contests/components/contest-view';
import { contestMessages as m } from '../../features/contests/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  await getQueryClient().ensureQueryData(contestQueryOptions(params.slug ?? ''));
  return null;
}

export function Component() {
  const slug = useParams().slug ?? '';
  const { data: contest } = useContest(slug);
  const absolute = useAbsoluteUrl();
  // schema.org Event: a contest runs from one date to another, online.
  const event = {
    '@type': 'Event',
    name: contest.title,
    description: contest.description || undefined,
    startDate: contest.startsOn,
    endDate: contest.endsOn,
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: absolute(`/contests/${contest.slug}`) },
    organizer: { '@type': 'Organization', name: appName, url: absolute('/') },
  };
  return (
    <>
      <PageMeta
        title={contest.title}
        description={contest.description || m.contestMetaDescription(contest.title)}
        jsonLd={event}
      />
      <Breadcrumbs
        items={[
          { label: layoutMessages.navHome, to: '/' },
          { label: m.listTitle, to: '/contests' },
          { label: contest.title },
        ]}
      />
      <PageTitle>{contest.title}</PageTitle>
      <ContestView slug={slug} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
