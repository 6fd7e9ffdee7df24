// Renders a form with a fresh query client (mutations not retried, `cache` filled first) and a
// fetch that answers `answer()`, for the forms' component tests.
import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';

/** A problem+json answer with per-field errors, as the API sends a 400. */
export const problemAnswer = (errors: { field: string; message: string }[], status = 400) =>
  new Response(JSON.stringify({ type: '/problems/validation-error', title: 'Ошибка', status, errors }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

export function renderForm(
  ui: ReactNode,
  {
    answer = () => new Response('{}'),
    cache = [],
  }: { answer?: () => Response; cache?: [QueryKey, unknown][] } = {},
) {
  const fetchMock = vi.fn(async () => answer());
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  for (const [key, data] of cache) client.setQueryData(key, data);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { fetchMock };
}
