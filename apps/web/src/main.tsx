import './lib/zod-config';
import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, UNSAFE_ErrorResponseImpl as ErrorResponse, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { routes } from './app/router';
import { SERVER_DATA_ID, type ServerData } from './app/server-data';
import { SiteOriginContext } from './components/page-meta';
import { setSessionExpected } from './features/auth/api/get-me';
import { ApiError } from './lib/api-error';
import { getQueryClient } from './lib/query-client';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function readServerData(): ServerData | null {
  const block = document.getElementById(SERVER_DATA_ID);
  return block?.textContent ? (JSON.parse(block.textContent) as ServerData) : null;
}

/** Loader errors as the server saw them, back as the classes the error boundaries check. */
function reviveErrors(errors: NonNullable<ServerData['router']>['errors']) {
  if (!errors) return null;
  return Object.fromEntries(
    Object.entries(errors).map(([id, error]) => {
      if (error.kind === 'api') return [id, new ApiError(error.problem)];
      if (error.kind === 'response')
        return [id, new ErrorResponse(error.status, error.statusText, error.data)];
      return [id, new Error(error.message)];
    }),
  );
}

/**
 * The server rendered this page's route modules; their code must be here before hydrating, or
 * the router would show the loading state over the server's HTML.
 */
async function loadMatchedRoutes(): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const module = await route.lazy();
      Object.assign(route, { ...module, lazy: undefined });
    }),
  );
}

const client = getQueryClient();
const serverData = readServerData();
if (serverData) setSessionExpected(serverData.signedIn);

function App({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <StrictMode>
      <SiteOriginContext value={window.location.origin}>
        <AppProviders client={client}>
          <RouterProvider router={router} />
        </AppProviders>
      </SiteOriginContext>
    </StrictMode>
  );
}

if (serverData?.router) {
  if (serverData.queries) hydrate(client, serverData.queries);
  await loadMatchedRoutes();
  const router = createBrowserRouter(routes, {
    hydrationData: {
      loaderData: serverData.router.loaderData,
      errors: reviveErrors(serverData.router.errors),
    },
  });
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking
  // the main thread for the whole page (Total Blocking Time on a slow phone).
  startTransition(() => {
    hydrateRoot(root, <App router={router} />);
  });
} else {
  // Pages the server does not render (the staff area) and the dev server: render from scratch.
  createRoot(root).render(<App router={createBrowserRouter(routes)} />);
}
