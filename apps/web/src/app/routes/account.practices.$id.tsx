import { useSuspenseQuery } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { ReviewBoardSection } from '../../features/reviews/components/review-board';
import { reviewMessages } from '../../features/reviews/messages';
import { useSubmission } from '../../features/submissions/api/get-submission';
import { PracticeManagement } from '../../features/submissions/components/practice-management';
import { prefetchSubmissionPage } from '../../features/submissions/lib/prefetch';
import { submissionMessages as m } from '../../features/submissions/messages';
import { getQueryClient } from '../../lib/query-client';

/** The :id of a staff practice page, or a 404 for anything that is not a positive number. */
export function practiceIdOf(raw: string | undefined): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw data(null, { status: 404 });
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuth(request);
  const id = practiceIdOf(params.id);
  await signedInOrRedirect(request, prefetchSubmissionPage(getQueryClient(), id));
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  // Coordinators call their list «Мой регион»; moderators and admins see every region's.
  const dashboardLabel = session?.user.role === 'coordinator' ? m.dashboardTitle : m.dashboardTitleAll;
  const id = practiceIdOf(useParams().id);
  const { data: practice } = useSubmission(id);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: dashboardLabel, to: '/account/practices' },
          { label: practice.passport.title || m.untitled },
        ]}
      />
      <PageTitle caption={practice.regionName}>{practice.passport.title || m.untitled}</PageTitle>
      <PracticeManagement id={id} />
      {session?.user.role === 'moderator' || session?.user.role === 'admin' ? (
        <section className="section" id="review" aria-labelledby="review-title">
          <h2 id="review-title">{reviewMessages.boardTitle}</h2>
          <SectionBoundary loadingLabel={reviewMessages.loading}>
            <ReviewBoardSection practiceId={id} />
          </SectionBoundary>
        </section>
      ) : null}
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
