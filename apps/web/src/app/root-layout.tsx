import { lazy, Suspense } from 'react';
import { Layout } from '../components/layout/layout';

// The account bar needs the session (and so the API client and zod); a lazy chunk keeps both out
// of the first-load bundle, and it arrives alongside the page's own chunk.
const AccountMenu = lazy(() =>
  import('../features/auth/components/account-menu').then((module) => ({ default: module.AccountMenu })),
);

// «Уведомления» with the unread count, shown in the account bar of a signed-in user.
const UnreadLink = lazy(() =>
  import('../features/notifications/components/unread-link').then((module) => ({
    default: module.UnreadLink,
  })),
);

/** The root route's component: the shared layout with the auth feature's account bar. */
export function RootLayout() {
  return (
    <Layout
      account={
        <Suspense fallback={null}>
          <AccountMenu
            signedInExtra={
              <Suspense fallback={null}>
                <UnreadLink />
              </Suspense>
            }
          />
        </Suspense>
      }
    />
  );
}
