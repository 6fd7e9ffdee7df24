import { STAFF_ROLES } from '@registry/contracts/accounts';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type LoaderFunctionArgs, Navigate } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageTitle } from '../../components/page-title';
import { SectionBoundary } from '../../components/section-boundary';
import { ChangePasswordForm } from '../../features/accounts/components/change-password-form';
import { TotpSettings } from '../../features/accounts/components/totp-settings';
import { accountsMessages as m } from '../../features/accounts/messages';
import { authKeys } from '../../features/auth/api/auth-keys';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { requireAuth } from '../../features/auth/lib/require-auth';
import { authMessages } from '../../features/auth/messages';
import { setCsrfToken } from '../../lib/api-client';
import { STAFF_QUERY_ROOT } from '../../lib/staff-keys';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuth(request);
  return null;
}

const isStaffRole = (role: string) => (STAFF_ROLES as readonly string[]).includes(role);

export function Component() {
  const { data: session } = useSuspenseQuery(meQueryOptions());
  const queryClient = useQueryClient();
  const [passwordChanged, setPasswordChanged] = useState(false);
  // Without a session the page sends the user to sign in, with a notice if they changed the password.
  if (!session) {
    const to = passwordChanged ? '/login?notice=password-changed' : '/login?next=%2Faccount%2Fsecurity';
    return <Navigate to={to} replace />;
  }

  // The API ended every session, this one included: forget it, as signing out does.
  const signedOut = () => {
    setPasswordChanged(true);
    setCsrfToken(null);
    queryClient.removeQueries({ queryKey: [STAFF_QUERY_ROOT] });
    queryClient.setQueryData(authKeys.me(), null);
  };

  return (
    <div className="account-page">
      <Breadcrumbs
        items={[{ label: authMessages.accountTitle, to: '/account' }, { label: m.securityTitle }]}
      />
      <PageTitle>{m.securityTitle}</PageTitle>
      <p className="lead">{m.securityLead}</p>
      <section className="section" aria-labelledby="security-password">
        <h2 id="security-password">{m.changeTitle}</h2>
        <p>{m.changeLead}</p>
        <ChangePasswordForm email={session.user.email} onChanged={signedOut} />
      </section>
      {isStaffRole(session.user.role) ? (
        <section className="section" aria-labelledby="security-totp">
          <h2 id="security-totp">{m.totpTitle}</h2>
          <SectionBoundary loadingLabel={m.totpLoading}>
            <TotpSettings />
          </SectionBoundary>
        </section>
      ) : null}
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
