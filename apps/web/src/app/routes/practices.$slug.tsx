import type { PracticePassport as Passport } from '@registry/contracts/practices';
import { type LoaderFunctionArgs, redirect, useParams, useRouteError } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { appName, layoutMessages } from '../../components/messages';
import { PageMeta, useAbsoluteUrl } from '../../components/page-meta';
import { RouteError } from '../../components/route-error';
import { SectionBoundary } from '../../components/section-boundary';
import { AdoptRequestSection } from '../../features/adopt-requests/components/adopt-request-section';
import { practiceAdoptionsQueryOptions } from '../../features/adoptions/api/get-practice-adoptions';
import { PracticeAdoptionsSection } from '../../features/adoptions/components/practice-adoptions-section';
import { useMe } from '../../features/auth/api/get-me';
import { practiceAwardsQueryOptions } from '../../features/contests/api/public-contests';
import { PracticeAwardsSection } from '../../features/contests/components/practice-awards-section';
import { practiceMaterialsQueryOptions } from '../../features/materials/api/get-practice-materials';
import { PracticeMaterialsSection } from '../../features/materials/components/practice-materials-section';
import { practiceQueryOptions, usePractice } from '../../features/practices/api/get-practice';
import { similarPracticesQueryOptions } from '../../features/practices/api/get-similar-practices';
import { PracticePassport } from '../../features/practices/components/passport/practice-passport';
import { PracticeNotFound } from '../../features/practices/components/practice-not-found';
import { SimilarPractices } from '../../features/practices/components/similar-practices';
import { passportMessages as m } from '../../features/practices/messages';
import { ApiError } from '../../lib/api-error';
import { getQueryClient } from '../../lib/query-client';

const trail = [
  { label: layoutMessages.navHome, to: '/' },
  { label: layoutMessages.navCatalogue, to: '/practices' },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const [passport] = await Promise.allSettled([
    getQueryClient().ensureQueryData(practiceQueryOptions(slug)),
    getQueryClient().ensureQueryData(similarPracticesQueryOptions(slug)),
    getQueryClient().ensureQueryData(practiceAwardsQueryOptions(slug)),
    getQueryClient().ensureQueryData(practiceAdoptionsQueryOptions(slug)),
    getQueryClient().ensureQueryData(practiceMaterialsQueryOptions(slug)),
  ]);
  if (passport.status === 'rejected') throw passport.reason;
  // A renamed practice: the API answered its former address with a 301 that fetch followed;
  // the page moves to the current address too.
  if (passport.value.slug !== slug) {
    throw redirect(`/practices/${passport.value.slug}${new URL(request.url).search}`, 301);
  }
  return null;
}

/** schema.org Article: the passport as a document by its organisation, about its themes and region. */
function structuredData(practice: Passport, absolute: (path: string) => string) {
  const url = absolute(`/practices/${practice.slug}`);
  return {
    '@type': 'Article',
    headline: practice.title,
    description: practice.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: 'ru',
    datePublished: practice.statusChangedAt,
    dateModified: practice.updatedAt,
    author: { '@type': 'Organization', name: practice.organisation.name },
    publisher: { '@type': 'Organization', name: appName, url: absolute('/') },
    about: practice.themes.map((theme) => ({ '@type': 'Thing', name: theme.nameRu })),
    audience: practice.targetGroups.map((group) => ({ '@type': 'Audience', audienceType: group.nameRu })),
    spatialCoverage: { '@type': 'AdministrativeArea', name: practice.region.nameRu },
  };
}

export function Component() {
  const slug = useParams().slug ?? '';
  const { data: practice } = usePractice(slug);
  const user = useMe().data?.user;
  const absolute = useAbsoluteUrl();
  return (
    <>
      <PageMeta
        title={practice.title}
        description={practice.summary}
        path={`/practices/${practice.slug}`}
        type="article"
        jsonLd={structuredData(practice, absolute)}
      />
      <Breadcrumbs items={[...trail, { label: practice.title }]} />
      <PracticePassport
        practice={practice}
        similar={
          <SectionBoundary loadingLabel={m.similarLoading}>
            <SimilarPractices slug={slug} />
          </SectionBoundary>
        }
      />
      <PracticeMaterialsSection slug={slug} />
      <PracticeAwardsSection slug={slug} />
      <PracticeAdoptionsSection
        slug={slug}
        practiceRegion={practice.region.code}
        viewer={user ? { role: user.role, regionCode: user.region?.code ?? null } : null}
      />
      <AdoptRequestSection slug={slug} />
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  // 404 (not public) and 400 (a slug that cannot exist) mean the same to a reader.
  const noSuchPractice = error instanceof ApiError && (error.status === 404 || error.status === 400);
  if (!noSuchPractice) return <RouteError />;
  return (
    <>
      <Breadcrumbs items={[...trail, { label: m.notFoundTitle }]} />
      <PracticeNotFound />
    </>
  );
}
