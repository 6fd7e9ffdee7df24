import { lazy, Suspense } from 'react';
import { Layout } from '../components/layout/layout';

// The account bar needs the session (and so the API client and zod); a lazy chunk keeps both out
// of the first-load bundle, and it arrives alongside the page's own chunk.
const AccountMenu = lazy(() =>
  import('../features/auth/components/account-menu').then((module) => ({ default: module.AccountMenu })),
);

/** The root route's component: the shared layout with the auth feature's account bar. */
export function RootLayout() {
  return (
    <Layout
      account={
        <Suspense fallback={null}>
          <AccountMenu />
        </Suspense>
      }
    />
  );
}
