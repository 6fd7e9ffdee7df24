import type { RouteObject } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { RouteError } from '../components/route-error';
import { RootLayout } from './root-layout';

/**
 * Every page is a `lazy` route module (loader + Component + ErrorBoundary), so each one is its
 * own chunk and the first visit downloads only the page it lands on. A module's file is named
 * after its URL the way React Router's flat routes name them: segments joined by dots, `$name`
 * for a parameter, `_index` for `/`, `$` for any other address (`/account/practices/:id/edit`
 * is `routes/account.practices.$id.edit.tsx`). The browser (main.tsx) and the server
 * (entry-server.tsx) build their routers from this one list.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: RootLayout,
    // Only reached if the layout itself fails; page errors are caught below, inside the layout.
    errorElement: <RouteError />,
    children: [
      {
        // Pathless: catches a failed page (or its chunk) while keeping header and footer, and
        // fills the main area while the first page loads.
        errorElement: <RouteError />,
        hydrateFallbackElement: <LoadingState />,
        children: [
          { index: true, lazy: () => import('./routes/_index') },
          { path: 'practices', lazy: () => import('./routes/practices') },
          { path: 'practices/:slug', lazy: () => import('./routes/practices.$slug') },
          { path: 'themes', lazy: () => import('./routes/themes') },
          { path: 'themes/:code', lazy: () => import('./routes/themes.$code') },
          { path: 'regions', lazy: () => import('./routes/regions') },
          { path: 'regions/:code', lazy: () => import('./routes/regions.$code') },
          { path: 'contests', lazy: () => import('./routes/contests') },
          { path: 'contests/:slug', lazy: () => import('./routes/contests.$slug') },
          {
            path: 'contests/:slug/nominations/:nominationSlug',
            lazy: () => import('./routes/contests.$slug.nominations.$nominationSlug'),
          },
          { path: 'statistics', lazy: () => import('./routes/statistics') },
          { path: 'open-data', lazy: () => import('./routes/open-data') },
          { path: 'coverage', lazy: () => import('./routes/coverage') },
          { path: 'compare', lazy: () => import('./routes/compare') },
          { path: 'privacy', lazy: () => import('./routes/privacy') },
          { path: 'login', lazy: () => import('./routes/login') },
          // Account links handed out by staff: no session needed.
          { path: 'invite/:token', lazy: () => import('./routes/invite.$token') },
          { path: 'password-reset', lazy: () => import('./routes/password-reset') },
          { path: 'notifications/unsubscribe', lazy: () => import('./routes/notifications.unsubscribe') },
          { path: 'password-reset/:token', lazy: () => import('./routes/password-reset.$token') },
          // Saved searches' links from messages: the token is the credential, no session needed.
          {
            path: 'subscriptions/confirm/:token',
            lazy: () => import('./routes/subscriptions.confirm.$token'),
          },
          { path: 'subscriptions/:token', lazy: () => import('./routes/subscriptions.$token') },
          {
            path: 'subscriptions/:token/unsubscribe',
            lazy: () => import('./routes/subscriptions.$token.unsubscribe'),
          },
          // Staff pages: each loader checks the session (and role) before fetching anything.
          { path: 'account', lazy: () => import('./routes/account') },
          { path: 'account/practices', lazy: () => import('./routes/account.practices') },
          { path: 'account/practices/:id', lazy: () => import('./routes/account.practices.$id') },
          { path: 'account/practices/:id/edit', lazy: () => import('./routes/account.practices.$id.edit') },
          { path: 'account/queue', lazy: () => import('./routes/account.queue') },
          { path: 'account/adopt-requests', lazy: () => import('./routes/account.adopt-requests') },
          { path: 'account/reviews', lazy: () => import('./routes/account.reviews') },
          { path: 'account/reviews/:id', lazy: () => import('./routes/account.reviews.$id') },
          { path: 'account/conflicts', lazy: () => import('./routes/account.conflicts') },
          { path: 'account/expertise', lazy: () => import('./routes/account.expertise') },
          { path: 'account/rubric', lazy: () => import('./routes/account.rubric') },
          { path: 'account/glossary', lazy: () => import('./routes/account.glossary') },
          { path: 'account/contests', lazy: () => import('./routes/account.contests') },
          { path: 'account/contests/:slug', lazy: () => import('./routes/account.contests.$slug') },
          { path: 'account/nominations', lazy: () => import('./routes/account.nominations') },
          { path: 'account/nominations/:id', lazy: () => import('./routes/account.nominations.$id') },
          { path: 'account/adoptions', lazy: () => import('./routes/account.adoptions') },
          { path: 'account/adoptions/new', lazy: () => import('./routes/account.adoptions.new') },
          { path: 'account/adoptions/:id/edit', lazy: () => import('./routes/account.adoptions.$id.edit') },
          { path: 'admin/security-log', lazy: () => import('./routes/admin.security-log') },
          { path: 'admin/mail', lazy: () => import('./routes/admin.mail') },
          { path: 'admin/mail/:id', lazy: () => import('./routes/admin.mail.$id') },
          { path: 'account/notifications', lazy: () => import('./routes/account.notifications') },
          {
            path: 'account/notifications/settings',
            lazy: () => import('./routes/account.notifications.settings'),
          },
          { path: 'account/security', lazy: () => import('./routes/account.security') },
          { path: 'account/subscriptions', lazy: () => import('./routes/account.subscriptions') },
          { path: 'admin/accounts', lazy: () => import('./routes/admin.accounts') },
          { path: '*', lazy: () => import('./routes/$') },
        ],
      },
    ],
  },
];

/**
 * Addresses the server renders with their data (entry-server.tsx): the public pages, and any
 * unknown address (its not-found page, with a 404). Sign-in, account links, the links of messages
 * (saved searches, unsubscribing) and the staff area stay client-only: they depend on the session
 * or on a token, which server renders never use.
 */
export function isServerRendered(pathname: string): boolean {
  return !/^\/(account|admin|login|invite|password-reset|subscriptions|notifications)(\/|$)/.test(pathname);
}
