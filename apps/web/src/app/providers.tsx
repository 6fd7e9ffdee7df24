import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * App-wide context. The router sits inside, so pages can use queries. The client is passed in:
 * the browser's one (getQueryClient) or, on the server, the request's own.
 */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
