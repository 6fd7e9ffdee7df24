// OpenAPI 3.1 generated from the same zod schemas that validate requests and serialize
// responses: served at /api/openapi.json, browsable at /api/docs.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

async function openapi(app: FastifyInstance, options: { version: string }) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Реестр лучших практик — API',
        description:
          'Public and staff API of the Practice Registry. Errors are RFC 9457 application/problem+json.',
        version: options.version,
      },
      tags: [
        { name: 'practices', description: 'The public catalogue: search, filters, passports' },
        { name: 'catalogue', description: 'Themes, target groups and the evidence scale' },
        { name: 'regions', description: 'Federal districts and subjects' },
        { name: 'adoptions', description: 'Regions adopting practices of other regions' },
        { name: 'statistics', description: 'Public figures and CSV downloads' },
        { name: 'system', description: 'Health and service information' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // staticCSP: Swagger UI's pages get a policy that allows its own inline code (hashes).
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { cache: 'release' } }, () => app.swagger());
}

export default fp(openapi, { name: 'openapi' });
