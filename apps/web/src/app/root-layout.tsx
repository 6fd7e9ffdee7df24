import { lazy, Suspense, useSyncExternalStore } from 'react';
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

const noSubscription = () => () => {};

/**
 * False on the server and while hydrating, true after: the account bar depends on the session,
 * which server renders never use, so it appears only once the page runs in the browser.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The root route's component: the shared layout with the auth feature's account bar. */
export function RootLayout() {
  const hydrated = useHydrated();
  return (
    <Layout
      // The bar itself is there from the first HTML (with its height), so nothing below it moves
      // when its content arrives.
      account={
        <Suspense fallback={null}>
          {hydrated ? (
            <AccountMenu
              signedInExtra={
                <Suspense fallback={null}>
                  <UnreadLink />
                </Suspense>
              }
            />
          ) : null}
        </Suspense>
      }
    />
  );
}
