import { useParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { PasswordResetForm } from '../../features/accounts/components/password-reset-form';
import { accountsMessages as m } from '../../features/accounts/messages';

export function Component() {
  const token = useParams().token ?? '';
  return (
    <div className="account-page">
      <PageTitle>{m.resetNewTitle}</PageTitle>
      <PasswordResetForm token={token} />
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
