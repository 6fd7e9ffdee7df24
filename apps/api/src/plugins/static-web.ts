// Serves the built React app on the same port as the API. GET paths outside /api are pages:
// public ones are rendered on the server with their data (the web app's entry-server, built by
// `vite build --ssr` into apps/web/dist-server) and get their real status (404 for an unknown
// address or a missing practice, 301 for a renamed one); the staff area gets index.html and
// renders in the browser. Everything else unknown is a problem+json 404.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import { problemTypes } from '@registry/contracts/problem';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './errors';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The methods that have a route at this path (the SPA's catch-all and other wildcards aside). */
function allowedMethods(request: FastifyRequest, path: string): string[] {
  return METHODS.filter((method) => {
    const route = request.server.findRoute({ method, url: path });
    return route !== null && !('*' in (route.params ?? {}));
  });
}

/** 404 for an unknown address; 405 with `Allow` when the address exists for other methods. */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split('?')[0] ?? '/';
  const allow = allowedMethods(request, path);
  if (allow.length > 0) {
    return sendProblem(reply.header('allow', allow.join(', ')), {
      type: problemTypes.methodNotAllowed,
      title: 'Метод не поддерживается',
      status: 405,
      detail: `Адрес ${path} не принимает метод ${request.method}; допустимы: ${allow.join(', ')}`,
      instance: path,
    });
  }
  return sendProblem(reply, {
    type: problemTypes.notFound,
    title: 'Не найдено',
    status: 404,
    detail: `Нет такого адреса: ${request.method} ${path}`,
    instance: path,
  });
}

interface StaticWebOptions {
  root: string;
  /** Where a page has moved (a renamed practice's old address), answered with 301; null if not. */
  movedPage?: (url: string) => Promise<string | null>;
  /** Whether the request carries a live session (only that: pages are rendered anonymously). */
  signedIn?: (request: FastifyRequest) => boolean;
}

type RenderResult =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'page'; status: number; head: string; body: string; data: string };

/** The part of apps/web/src/entry-server.tsx the server uses. */
interface ServerRenderer {
  isServerRendered(pathname: string): boolean;
  setServerFetch(fetchApi: (url: string, init: RequestInit) => Promise<Response>): void;
  render(url: string, origin: string, signedIn: boolean): Promise<RenderResult>;
}

/** The server renderer built beside the web app, or null when only the browser build exists. */
async function loadRenderer(root: string): Promise<ServerRenderer | null> {
  const entry = join(root, '..', 'dist-server', 'entry-server.js');
  if (!existsSync(entry)) return null;
  return (await import(pathToFileURL(entry).href)) as ServerRenderer;
}

/**
 * The API as the renderer's fetch: `app.inject` runs the request through the same routes,
 * validation and caches without a socket. No cookie is passed, so a render sees only public data.
 */
function injectFetch(app: FastifyInstance) {
  return async function fetchApi(url: string, init: RequestInit, hops = 0): Promise<Response> {
    const answer = await app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url,
      headers: { accept: 'application/json' },
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    });
    const location = answer.headers.location;
    // The API answers a renamed practice's old address with a 301, which fetch would follow.
    if (
      answer.statusCode === 301 &&
      typeof location === 'string' &&
      location.startsWith('/api/') &&
      hops < 3
    ) {
      return fetchApi(location, init, hops + 1);
    }
    const contentType = answer.headers['content-type'];
    return new Response(answer.statusCode === 204 ? null : answer.rawPayload, {
      status: answer.statusCode,
      headers: typeof contentType === 'string' ? { 'content-type': contentType } : {},
    });
  };
}

/** The page: index.html with the render's head tags, HTML and data put in. */
export function fillTemplate(template: string, page: { head?: string; body?: string; data: string }): string {
  let html = template;
  if (page.head) {
    // The page's own title and description replace the generic ones.
    html = html
      .replace(/<title>[\s\S]*?<\/title>/, '')
      .replace(/<meta\s+name="description"[\s\S]*?\/?>/, '')
      .replace('</head>', `${page.head}</head>`);
  }
  const dataBlock = `<script type="application/json" id="server-data">${page.data}</script>`;
  return html.replace('<div id="root"></div>', `<div id="root">${page.body ?? ''}</div>${dataBlock}`);
}

async function staticWeb(app: FastifyInstance, options: StaticWebOptions) {
  const hasWeb = existsSync(join(options.root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: options.root,
      prefix: '/',
      // Pages, "/" included, fall through to the not-found handler below.
      index: false,
      // Serve the .br/.gz files the web build made (vite.config.ts) to clients that accept them.
      preCompressed: true,
      setHeaders(res, path) {
        // Vite puts a content hash in every asset name, so they never change.
        if (path.includes(`${join(options.root, 'assets')}`)) {
          res.header('cache-control', 'public, max-age=31536000, immutable');
        } else {
          res.header('cache-control', 'no-cache');
        }
      },
    });
  } else {
    app.log.warn(`No built web app in ${options.root}; run "pnpm build" to serve the UI.`);
  }

  const template = hasWeb ? readFileSync(join(options.root, 'index.html'), 'utf8') : '';
  const renderer = hasWeb ? await loadRenderer(options.root) : null;
  if (hasWeb && !renderer)
    app.log.warn('No server renderer in apps/web/dist-server; pages render in the browser.');
  // The renderer module is loaded once per process, so its transport is process-wide: the last
  // app built wins. One app per process in production; tests that render pages build one app.
  renderer?.setServerFetch(injectFetch(app));

  async function servePage(request: FastifyRequest, reply: FastifyReply) {
    const pathname = request.url.split('?')[0] ?? '/';
    const isPage =
      hasWeb &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      !/\.[a-z0-9]+$/i.test(pathname);
    if (!isPage) return sendNotFound(request, reply);
    const moved = await options.movedPage?.(request.url);
    if (moved) return reply.code(301).header('location', moved).send();
    const signedIn = options.signedIn?.(request) ?? false;
    // The page differs with the visitor's session flag: no shared cache may keep it.
    reply.header('cache-control', 'private, no-cache').type('text/html; charset=utf-8');
    if (renderer?.isServerRendered(pathname)) {
      const result = await renderer
        .render(request.url, `${request.protocol}://${request.host}`, signedIn)
        .catch((error: unknown) => {
          // A bug in rendering must not take the page down: the browser renders it instead.
          request.log.error({ err: error }, 'server rendering failed; sending the client-rendered page');
          return null;
        });
      if (!result) return reply.send(fillTemplate(template, { data: JSON.stringify({ signedIn }) }));
      if (result.kind === 'redirect') {
        return reply
          .code(result.status === 302 ? 301 : result.status)
          .header('location', result.location)
          .send();
      }
      return reply.code(result.status).send(fillTemplate(template, result));
    }
    return reply.send(fillTemplate(template, { data: JSON.stringify({ signedIn }) }));
  }

  app.setNotFoundHandler(servePage);
  // The home page: a route of its own, ahead of the static files' directory listing.
  if (hasWeb) app.get('/', { schema: { hide: true } }, servePage);
}

export default fp(staticWeb, { name: 'static-web' });
