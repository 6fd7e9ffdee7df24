import { useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { staffNominationQueryOptions, useStaffNomination } from '../../features/contests/api/staff-contests';
import { NominationWorkspace } from '../../features/contests/components/nomination-workspace';
import { contestMessages as m } from '../../features/contests/messages';
import { getQueryClient } from '../../lib/query-client';

const idOf = (value: string | undefined) => Number(value) || 0;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuth(request);
  await signedInOrRedirect(
    request,
    getQueryClient().ensureQueryData(staffNominationQueryOptions(idOf(params.id))),
  );
  return null;
}

export function Component() {
  const id = idOf(useParams().id);
  const { data: nomination } = useStaffNomination(id);
  const { data: session } = useSuspenseQuery(meQueryOptions());
  return (
    <>
      <Breadcrumbs
        items={[
          { label: authMessages.accountTitle, to: '/account' },
          { label: m.staffNominationsTitle, to: '/account/nominations' },
          { label: nomination.title },
        ]}
      />
      <PageTitle caption={nomination.contest.title}>{m.nominationHeading(nomination.title)}</PageTitle>
      <NominationWorkspace id={id} role={session?.user.role ?? ''} />
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
