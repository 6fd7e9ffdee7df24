import { PageTitle } from '../../components/page-title';
import { PasswordResetRequest } from '../../features/accounts/components/password-reset-request';
import { accountsMessages as m } from '../../features/accounts/messages';

export function Component() {
  return (
    <div className="account-page">
      <PageTitle>{m.resetTitle}</PageTitle>
      <p className="lead">{m.resetLead}</p>
      <PasswordResetRequest />
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
