import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

const MAX_RETRIES = 2;

/** A fresh QueryClient with the app's defaults: one per browser tab, one per server render. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Registry data changes rarely; a minute avoids refetching on every back-and-forth.
        staleTime: 60_000,
        // A 404 or 400 will not get better by asking again; network and 5xx errors might.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.isClientError) && failureCount < MAX_RETRIES,
      },
    },
  });
}

let browserClient: QueryClient | undefined;
let serverScope: (() => QueryClient | undefined) | undefined;

/**
 * Lets the server renderer hand each request its own QueryClient (entry-server.tsx keeps it in
 * an AsyncLocalStorage), so that one visitor's answers never reach another's page.
 */
export function setQueryClientScope(scope: () => QueryClient | undefined): void {
  serverScope = scope;
}

/**
 * The QueryClient that route loaders fill: the request's own on the server, the tab's one in the
 * browser. Components reach the same client through `useQueryClient()`.
 */
export function getQueryClient(): QueryClient {
  if (serverScope) {
    const scoped = serverScope();
    if (!scoped) throw new Error('getQueryClient() called on the server outside a request');
    return scoped;
  }
  browserClient ??= createQueryClient();
  return browserClient;
}
