// The server renderer (built by `vite build --ssr`, loaded by the API's static-web plugin): renders
// a public page with its data into HTML, and says what status the answer gets. The browser then
// hydrates the same React app (main.tsx) from the data this render used.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Writable } from 'node:stream';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToPipeableStream } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  type StaticHandlerContext,
  StaticRouterProvider,
} from 'react-router';
import { AppProviders } from './app/providers';
import { isServerRendered, routes } from './app/router';
import { type ServerData, serializeError, toHtmlJson } from './app/server-data';
import { SiteOriginContext } from './components/page-meta';
import { setApiFetch } from './lib/api-client';
import { ApiError } from './lib/api-error';
import { createQueryClient, setQueryClientScope } from './lib/query-client';

export { isServerRendered };

/** Each request's QueryClient, so that concurrent renders never share a cache. */
const requestClient = new AsyncLocalStorage<QueryClient>();
setQueryClientScope(() => requestClient.getStore());

const handler = createStaticHandler(routes);

/** What the page answer is made of. */
export type RenderResult =
  | { kind: 'redirect'; status: number; location: string }
  | {
      kind: 'page';
      status: number;
      /** Hoisted head tags (<title>, <meta>, <link>) for the document's <head>. */
      head: string;
      /** The app's HTML, for inside <div id="root">. */
      body: string;
      /** JSON for the server-data block main.tsx hydrates from. */
      data: string;
    };

/** How API calls reach the API (in the API process: without the network). */
export function setServerFetch(fetchApi: (url: string, init: RequestInit) => Promise<Response>): void {
  setApiFetch(fetchApi);
}

function isNotFoundError(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 404 || error.status === 400;
  return isRouteErrorResponse(error) && error.status === 404;
}

/** 404 for an unknown address or a missing record, 500 for a failed render of a known one. */
function statusOf(context: StaticHandlerContext): number {
  const errors = Object.values(context.errors ?? {});
  if (errors.some(isNotFoundError)) return 404;
  if (errors.length > 0) return 500;
  if (context.matches.at(-1)?.route.path === '*') return 404;
  return context.statusCode;
}

function renderToHtml(element: React.ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        html += chunk.toString();
        done();
      },
      final(done) {
        resolve(html);
        done();
      },
    });
    const stream = renderToPipeableStream(element, {
      // Wait for every Suspense boundary: a crawler reads the whole page, not its loading states.
      onAllReady: () => stream.pipe(sink),
      // One complete document: no boundary is sent later with an inline script to reveal it
      // (the Content-Security-Policy allows no inline scripts, and nothing is left to stream).
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onShellError: reject,
      onError: (error) => {
        // A section that failed on the server shows its error state; the browser tries again.
        if (!(error instanceof ApiError)) console.error(error);
      },
    });
  });
}

/** React puts hoistable tags first when it renders no <html>: split them off for the <head>. */
export function splitHead(html: string): { head: string; body: string } {
  const hoisted = /^(?:<(?:title)[^>]*>[^<]*<\/title>|<(?:meta|link)\b[^>]*\/?>)*/.exec(html)?.[0] ?? '';
  return { head: hoisted, body: html.slice(hoisted.length) };
}

/** Renders the page at `url` (path and query) as seen from `origin` (scheme and host). */
export async function render(url: string, origin: string, signedIn: boolean): Promise<RenderResult> {
  const client = createQueryClient();
  const request = new Request(new URL(url, origin));
  const context = await requestClient.run(client, () => handler.query(request));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = await renderToHtml(
    <StrictMode>
      <SiteOriginContext value={origin}>
        <AppProviders client={client}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </AppProviders>
      </SiteOriginContext>
    </StrictMode>,
  );
  const { head, body } = splitHead(html);
  const errors = context.errors
    ? Object.fromEntries(Object.entries(context.errors).map(([id, error]) => [id, serializeError(error)]))
    : null;
  const data: ServerData = {
    signedIn,
    router: { loaderData: context.loaderData, errors },
    queries: dehydrate(client),
  };
  client.clear();
  return { kind: 'page', status: statusOf(context), head, body, data: toHtmlJson(data) };
}
