import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

const MAX_RETRIES = 2;

/** The app's single QueryClient: route loaders and components share one cache through it. */
export const queryClient = new QueryClient({
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
