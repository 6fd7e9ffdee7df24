// OpenAPI 3.1 generated from the same zod schemas that validate requests and serialize
// responses: served at /api/openapi.json, browsable at /api/docs.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenApiTag } from '../lib/api-module';

/** `tags`: every tag the routes use, declared by their modules (app.ts's API_MODULES). */
async function openapi(app: FastifyInstance, options: { version: string; tags: readonly OpenApiTag[] }) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Реестр лучших практик — API',
        description:
          'Public and staff API of the Practice Registry. Errors are RFC 9457 application/problem+json.',
        version: options.version,
      },
      tags: [...options.tags],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // staticCSP: Swagger UI's pages get a policy that allows its own inline code (hashes).
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { cache: 'release' } }, () => app.swagger());
}

export default fp(openapi, { name: 'openapi' });
