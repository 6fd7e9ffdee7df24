import { Link, type LoaderFunctionArgs, redirect, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { meQueryOptions } from '../../features/auth/api/get-me';
import { LoginForm } from '../../features/auth/components/login-form';
import { safeNextPath } from '../../features/auth/lib/safe-next';
import { authMessages as m } from '../../features/auth/messages';
import { getQueryClient } from '../../lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  // If the API cannot say who is signed in, offer the form anyway: signing in will tell.
  const session = await getQueryClient()
    .ensureQueryData(meQueryOptions())
    .catch(() => null);
  if (session) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
  return null;
}

export function Component() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get('next'));
  return (
    <div className="login-page">
      <PageTitle>{m.loginTitle}</PageTitle>
      <p className="lead">{m.loginLead}</p>
      {searchParams.get('notice') === 'password-changed' ? (
        <div className="notice" role="status">
          <p>{m.passwordChanged}</p>
        </div>
      ) : null}
      <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
      <p>
        <Link to="/password-reset">{m.forgotPassword}</Link>
      </p>
      <p className="login-page__note">{m.noAccount}</p>
    </div>
  );
}

export { RouteError as ErrorBoundary } from '../../components/route-error';
