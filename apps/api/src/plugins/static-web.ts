// Serves the built React app on the same port as the API. Unknown GET paths outside /api get
// index.html so that client-side routes (/regions/72) survive a reload; everything else is a
// problem+json 404.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
}

async function staticWeb(app: FastifyInstance, options: StaticWebOptions) {
  const hasWeb = existsSync(join(options.root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: options.root,
      prefix: '/',
      // "/" is the home page; other pages fall through to the not-found handler below.
      index: ['index.html'],
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

  app.setNotFoundHandler(async (request, reply) => {
    const isPage =
      hasWeb &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
    if (!isPage) return sendNotFound(request, reply);
    const moved = await options.movedPage?.(request.url);
    if (moved) return reply.code(301).header('location', moved).send();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

export default fp(staticWeb, { name: 'static-web' });
