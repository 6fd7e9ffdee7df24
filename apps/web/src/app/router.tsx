import { createBrowserRouter } from 'react-router';
import { Layout } from '../components/layout/layout';
import { LoadingState } from '../components/loading-state';
import { RouteError } from '../components/route-error';

/**
 * Every page is a `lazy` route module (loader + Component + ErrorBoundary), so each one is its
 * own chunk and the first visit downloads only the page it lands on.
 */
export const router = createBrowserRouter([
  {
    id: 'root',
    Component: Layout,
    // Only reached if the layout itself fails; page errors are caught below, inside the layout.
    errorElement: <RouteError />,
    children: [
      {
        // Pathless: catches a failed page (or its chunk) while keeping header and footer, and
        // fills the main area while the first page loads.
        errorElement: <RouteError />,
        hydrateFallbackElement: <LoadingState />,
        children: [
          { index: true, lazy: () => import('./routes/home') },
          { path: 'practices', lazy: () => import('./routes/practices') },
          { path: 'practices/:slug', lazy: () => import('./routes/practice') },
          { path: 'themes/:code', lazy: () => import('./routes/theme') },
          { path: 'regions', lazy: () => import('./routes/regions') },
          { path: 'regions/:code', lazy: () => import('./routes/region') },
          { path: '*', lazy: () => import('./routes/not-found') },
        ],
      },
    ],
  },
]);
