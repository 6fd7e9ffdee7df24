import { userRoleLabels } from '@registry/contracts/auth';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../api/get-me';
import { useLogout } from '../api/logout';
import { authMessages as m } from '../messages';

/**
 * The header's account bar: who is signed in, with a way out; for everybody else a quiet way in.
 * Loaded lazily by the layout, so the first page load does not wait for it (or for zod).
 * `signedInExtra` (the notifications link, from another feature) shows for a signed-in user only.
 */
export function AccountMenu({ signedInExtra }: { signedInExtra?: ReactNode } = {}) {
  const { data: session, isPending } = useMe();
  const navigate = useNavigate();
  const logout = useLogout(() => navigate('/'));
  // Until the API answers, show nothing rather than a sign-in link that may turn into a name.
  if (isPending) return null;
  if (!session) {
    return (
      <Link to="/login" className="account-bar__link">
        {m.signInLink}
      </Link>
    );
  }
  const { user } = session;
  const signOut = () => logout.mutate();
  return (
    <div className="account-bar__user">
      <span className="account-bar__who">
        <Link to="/account" className="account-bar__link account-bar__name">
          {user.name}
        </Link>
        <span className="account-bar__role">{userRoleLabels[user.role]}</span>
      </span>
      {signedInExtra}
      {user.role === 'expert' ? (
        <Link to="/account/reviews" className="account-bar__link">
          {m.myReviews}
        </Link>
      ) : null}
      {user.role === 'moderator' || user.role === 'admin' ? (
        <Link to="/account/expertise" className="account-bar__link">
          {m.expertise}
        </Link>
      ) : null}
      <button type="button" className="account-bar__sign-out" onClick={signOut} disabled={logout.isPending}>
        {m.signOut}
      </button>
      {logout.isError ? (
        <span className="account-bar__error" role="alert">
          {m.signOutFailed}
        </span>
      ) : null}
    </div>
  );
}
