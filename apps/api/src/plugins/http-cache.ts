// HTTP that helps the browser: conditional requests and compression.
//
// A route opts into shared caching with `config.cache`; its ETag comes from database state, so
// every API process gives the same answer the same tag:
// - 'catalogue': the answer depends only on the public catalogue, whose version database
//   triggers bump on every change (lib/catalogue-cache.ts reads it, at most once a second);
// - 'catalogue-clock': the catalogue and the time of day (contest phases open and close), so
//   the tag also changes every minute;
// - 'release': only on the running build (the OpenAPI document).
// The tag also names the build, as a deploy may change an answer's shape. Such answers get
// `Cache-Control: public, no-cache` (store, but ask every time; a match costs a 304 and no
// database work). Every other API answer is per-user, staff-only or live, and gets `no-store`.
//
// Compression (br or gzip, as the client prefers) applies to every compressible answer over
// 1 KB; answers that arrive already compressed (the catalogue cache's gzip copies, the web
// app's precompressed files) are sent as they are.
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Public answer a shared cache may keep, revalidated by ETag (see plugins/http-cache.ts). */
    cache?: 'catalogue' | 'catalogue-clock' | 'release';
  }
}

export const SHARED_CACHE_CONTROL = 'public, no-cache';
export const PRIVATE_CACHE_CONTROL = 'no-store';

/** True when If-None-Match lists `etag` (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = strip(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === wanted);
}

async function etagFor(app: FastifyInstance, kind: 'catalogue' | 'catalogue-clock' | 'release') {
  const build = app.appVersion.replaceAll('"', '');
  if (kind === 'release') return `W/"r-${build}"`;
  const version = await app.catalogueCache.currentVersion();
  const minute = kind === 'catalogue-clock' ? `-m${Math.floor(Date.now() / 60_000)}` : '';
  return `W/"c${version}${minute}-${build}"`;
}

async function httpCache(app: FastifyInstance) {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Request bodies are small JSON, read as sent: never inflated past the body limit.
    globalDecompression: false,
  });

  // After validation, before the handler: a matching tag answers 304 without any database work
  // beyond the (cached) version read.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const kind = request.routeOptions.config.cache;
    if (!kind || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    const etag = await etagFor(app, kind);
    reply.header('etag', etag).header('cache-control', SHARED_CACHE_CONTROL);
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      return reply.code(304).send();
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode >= 400) {
      // A refusal is never a cacheable representation of the resource.
      reply.removeHeader('etag');
      reply.header('cache-control', PRIVATE_CACHE_CONTROL);
    } else if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', PRIVATE_CACHE_CONTROL);
    }
    return payload;
  });
}

export default fp(httpCache, { name: 'http-cache' });
