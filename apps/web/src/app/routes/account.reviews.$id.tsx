import { data, type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { assignmentQueryOptions, useAssignment } from '../../features/reviews/api/assignments';
import { ExpertReview } from '../../features/reviews/components/expert-review';
import { reviewMessages as m } from '../../features/reviews/messages';
import { submissionQueryOptions, useSubmission } from '../../features/submissions/api/get-submission';
import { PassportSummary } from '../../features/submissions/components/passport-summary';
import { getQueryClient } from '../../lib/query-client';
import { evidenceLevelsQueryOptions } from '../../lib/reference-queries';

const idOf = (raw: string | undefined) => {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw data(null, { status: 404 });
  return id;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuth(request, ['expert']);
  const id = idOf(params.id);
  const detail = await signedInOrRedirect(
    request,
    getQueryClient().ensureQueryData(assignmentQueryOptions(id)),
  );
  void getQueryClient().prefetchQuery(evidenceLevelsQueryOptions());
  // A declined or withdrawn assignment no longer opens the passport (the API answers 404).
  if (detail.assignment.status === 'assigned' || detail.assignment.status === 'submitted')
    void getQueryClient().prefetchQuery(submissionQueryOptions(detail.assignment.practiceId));
  return null;
}

function Passport({ practiceId }: { practiceId: number }) {
  const { data: practice } = useSubmission(practiceId);
  return <PassportSummary practice={practice} />;
}

export function Component() {
  const id = idOf(useParams().id);
  const { data: detail } = useAssignment(id);
  const a = detail.assignment;
  const live = a.status === 'assigned' || a.status === 'submitted';
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.myTitle, to: '/account/reviews' },
          { label: a.practiceTitle },
        ]}
      />
      <PageTitle caption={`${m.reviewTitle} · ${a.regionName}`}>{a.practiceTitle}</PageTitle>
      <div className="review-layout">
        {live ? (
          <section className="section review-layout__passport" aria-labelledby="passport-title">
            <h2 id="passport-title">{m.passportTitle}</h2>
            <SectionBoundary loadingLabel={m.loading}>
              <Passport practiceId={a.practiceId} />
            </SectionBoundary>
          </section>
        ) : null}
        <section className="section review-layout__form" aria-labelledby="rubric-title">
          <h2 id="rubric-title">{m.rubricTitle}</h2>
          <SectionBoundary loadingLabel={m.loading}>
            <ExpertReview id={id} />
          </SectionBoundary>
        </section>
      </div>
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
