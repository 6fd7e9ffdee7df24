import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { layoutMessages } from '../../components/messages';
import { PageMeta } from '../../components/page-meta';
import { PageTitle } from '../../components/page-title';
import { nominationPageQueryOptions, useNominationPage } from '../../features/contests/api/public-contests';
import { NominationView } from '../../features/contests/components/nomination-view';
import { contestMessages as m } from '../../features/contests/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  await getQueryClient().ensureQueryData(
    nominationPageQueryOptions(params.slug ?? '', params.nominationSlug ?? ''),
  );
  return null;
}

export function Component() {
  const params = useParams();
  const slug = params.slug ?? '';
  const nominationSlug = params.nominationSlug ?? '';
  const { data } = useNominationPage(slug, nominationSlug);
  return (
    <>
      <PageMeta
        title={`${m.nominationHeading(data.nomination.title)} — ${data.contest.title}`}
        description={
          data.nomination.description ||
          m.nominationMetaDescription(data.nomination.title, data.contest.title)
        }
      />
      <Breadcrumbs
        items={[
          { label: layoutMessages.navHome, to: '/' },
          { label: m.listTitle, to: '/contests' },
          { label: data.contest.title, to: `/contests/${slug}` },
          { label: data.nomination.title },
        ]}
      />
      <PageTitle caption={data.contest.title}>{m.nominationHeading(data.nomination.title)}</PageTitle>
      <NominationView slug={slug} nominationSlug={nominationSlug} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
