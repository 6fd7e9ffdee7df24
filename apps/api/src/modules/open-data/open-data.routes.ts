import {
  FeedParamsSchema,
  FeedQuerySchema,
  OpenDataDictionarySchema,
  OpenDataExportParamsSchema,
} from '@registry/contracts/open-data';
import { ListPracticesQuerySchema } from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleOptions } from '../../lib/api-module';
import { buildFeed, FEED_CONTENT_TYPES, type FeedFormat, type FeedKind } from './feeds.service';
import { exportPractices, getDictionary } from './open-data.service';

const fileOf = (description: string) => ({
  description,
  content: {
    'text/csv': { schema: z.string().describe('CSV, UTF-8 with BOM, one line per practice') },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: z.string().describe('XLSX workbook (binary)'),
    },
    'application/json': { schema: z.string().describe('{ licence, generatedAt, practices: [...] }') },
  },
});

const feedOf = (description: string) => ({
  description,
  content: {
    'application/rss+xml': { schema: z.string().describe('RSS 2.0') },
    'application/atom+xml': { schema: z.string().describe('Atom 1.0') },
  },
});

export const openDataRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, options) => {
  /** Absolute links: PUBLIC_URL, or the address the client used. */
  const baseUrlOf = (request: FastifyRequest) => options.publicUrl ?? `${request.protocol}://${request.host}`;
  const deps = () => ({
    pool: app.db.pool,
    cache: app.catalogueCache,
    index: app.catalogueIndex,
    cursorSecret: app.cursorSecret,
  });

  app.get(
    '/open-data/dictionary',
    {
      schema: {
        tags: ['open-data'],
        operationId: 'getOpenDataDictionary',
        summary: 'The field dictionary of the open data',
        description:
          'Every column of the export (CSV, XLSX sheet «Практики», JSON objects) and of the repeated sections (XLSX sheets), with its meaning, type and allowed values from the reference data; the licence, when the public catalogue last changed and where to download it.',
        response: { 200: OpenDataDictionarySchema },
      },
    },
    () => getDictionary(app.db.pool),
  );

  app.get(
    '/open-data/practices.:format',
    {
      schema: {
        tags: ['open-data'],
        operationId: 'exportPractices',
        summary: 'Download public practices as CSV, XLSX or JSON',
        description:
          'Without a query: the whole public catalogue. With the query of GET /api/practices (the same parameters and rules; `cursor` and `limit` are not used): that selection, in the same order. Streamed; the columns are described by GET /api/open-data/dictionary. Licence CC BY 4.0.',
        params: OpenDataExportParamsSchema,
        querystring: ListPracticesQuerySchema,
        response: { 200: fileOf('The file, as an attachment'), 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const file = await exportPractices(deps(), {
        format: request.params.format,
        query: request.query,
        baseUrl: baseUrlOf(request),
      });
      return (
        reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('x-total-count', String(file.count))
          .header('cache-control', 'no-store')
          // The schema documents the file's bytes (a string); what is sent is their stream.
          .send(file.stream as unknown as string)
      );
    },
  );

  app.get(
    '/feeds/:feed',
    {
      schema: {
        tags: ['feeds'],
        operationId: 'getFeed',
        summary: 'RSS or Atom feed of newly published or newly recommended practices',
        description:
          '`published.*`: practices by the time they were first published; `recommended.*`: by the time experts recommended them. The 50 newest, for the whole catalogue or one theme (`theme`) or region (`region`). An unknown theme or region is a 404 problem.',
        params: FeedParamsSchema,
        querystring: FeedQuerySchema,
        response: { 200: feedOf('The feed'), 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      const [kind, format] = request.params.feed.split('.') as [FeedKind, FeedFormat];
      const xml = await buildFeed(app.db.pool, {
        kind,
        format,
        query: request.query,
        baseUrl: baseUrlOf(request),
      });
      return reply.type(FEED_CONTENT_TYPES[format]).header('cache-control', 'public, max-age=300').send(xml);
    },
  );
};
