import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { sitemapFileXml, sitemapXml } from './seo.service';
import { renderRobots } from './sitemap';

/** Options of the site files' routes; tests lower the split limit to see it work. */
export interface SeoRoutesOptions {
  sitemapLimit?: number;
}

/**
 * Files for crawlers at the site's root (not under /api): robots.txt and the sitemaps. They are
 * not API operations, so they stay out of the OpenAPI document. Anyone may read them.
 */
export const seoRoutes: FastifyPluginAsyncZod<SeoRoutesOptions> = async (app, options) => {
  const origin = (request: { protocol: string; host: string }) => `${request.protocol}://${request.host}`;

  app.get('/robots.txt', { config: { cache: 'release' }, schema: { hide: true } }, async (request, reply) =>
    reply.type('text/plain; charset=utf-8').send(renderRobots(origin(request))),
  );

  app.get(
    '/sitemap.xml',
    { config: { cache: 'catalogue' }, schema: { hide: true } },
    async (request, reply) =>
      reply
        .type('application/xml; charset=utf-8')
        .send(await sitemapXml(app.db.pool, origin(request), options.sitemapLimit)),
  );

  app.get(
    '/sitemap-:page(^\\d+).xml',
    {
      config: { cache: 'catalogue' },
      schema: { hide: true, params: z.object({ page: z.coerce.number().int().min(1).max(100_000) }) },
    },
    async (request, reply) => {
      const xml = await sitemapFileXml(
        app.db.pool,
        origin(request),
        request.params.page,
        options.sitemapLimit,
      );
      if (xml === null) {
        throw new AppError('NOT_FOUND', {
          status: 404,
          detail: `Нет файла карты сайта ${request.params.page}`,
        });
      }
      return reply.type('application/xml; charset=utf-8').send(xml);
    },
  );
};
