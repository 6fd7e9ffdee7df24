import { useSuspenseQuery } from '@tanstack/react-query';
import { type LoaderFunctionArgs, Navigate } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { accountsQueryOptions, policiesQueryOptions } from '../../features/accounts/api/manage-accounts';
import { AccountsTable } from '../../features/accounts/components/accounts-table';
import { InviteForm } from '../../features/accounts/components/invite-form';
import { RolePolicies } from '../../features/accounts/components/role-policies';
import { accountsMessages as m } from '../../features/accounts/messages';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth, signedInOrRedirect } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { getQueryClient } from '../../lib/query-client';
import { regionsQueryOptions } from '../../lib/reference-queries';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireAuth(request, ['admin', 'moderator']);
  await signedInOrRedirect(
    request,
    Promise.all([
      getQueryClient().ensureQueryData(accountsQueryOptions()),
      getQueryClient().ensureQueryData(regionsQueryOptions()),
      user.role === 'admin' ? getQueryClient().ensureQueryData(policiesQueryOptions()) : null,
    ]),
  );
  return null;
}

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  if (!session) return <Navigate to="/login?next=%2Fadmin%2Faccounts" replace />;
  const actor = session.user;
  return (
    <>
      <Breadcrumbs items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.adminTitle }]} />
      <PageTitle>{m.adminTitle}</PageTitle>
      <p className="lead">{m.adminLead}</p>
      <section className="section account-page" aria-labelledby="accounts-invite">
        <h2 id="accounts-invite">{m.inviteFormTitle}</h2>
        <p>{m.inviteFormLead}</p>
        <SectionBoundary loadingLabel={m.accountsLoading}>
          <InviteForm actorRole={actor.role} />
        </SectionBoundary>
      </section>
      <section className="section" aria-label={m.adminTitle}>
        <SectionBoundary loadingLabel={m.accountsLoading}>
          <AccountsTable actor={actor} />
        </SectionBoundary>
      </section>
      {actor.role === 'admin' ? (
        <section className="section account-page" aria-labelledby="accounts-policies">
          <h2 id="accounts-policies">{m.policiesTitle}</h2>
          <p>{m.policiesLead}</p>
          <SectionBoundary loadingLabel={m.accountsLoading}>
            <RolePolicies />
          </SectionBoundary>
        </section>
      ) : null}
    </>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
