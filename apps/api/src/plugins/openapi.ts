// OpenAPI 3.1 generated from the same zod schemas that validate requests and serialize
// responses: served at /api/openapi.json, browsable at /api/docs. Made for the people who generate
// clients from it: every operation has an operationId and a description (a test and Spectral's
// `spectral:oas` ruleset check it, see scripts/test.mjs), errors are application/problem+json,
// the session cookie and the CSRF header are declared security schemes.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenApiTag } from '../lib/api-module';

type Json = Record<string, unknown>;

const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'registry_session',
    description:
      'The session cookie set by POST /api/auth/login (`__Host-registry_session` over HTTPS). Staff operations need it.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'The `csrfToken` of GET /api/auth/me; required with the session on every state-changing request.',
  },
} as const;

/** A problem schema: a $ref to one of the problem components, or the problem's own shape. */
function isProblem(schema: Json): boolean {
  const ref = typeof schema.$ref === 'string' ? schema.$ref : '';
  const properties = (schema.properties ?? {}) as Json;
  return /Problem$/.test(ref) || ('type' in properties && 'title' in properties && 'status' in properties);
}

/**
 * Per route: error responses become application/problem+json (RFC 9457), and an operation that
 * may answer 401 needs the session (and the CSRF header for a write).
 */
const transform: typeof jsonSchemaTransform = (document) => {
  const result = jsonSchemaTransform(document);
  const schema = result.schema as Json & { response?: Record<string, Json> };
  const response = schema.response;
  if (!response) return result;
  for (const [status, answer] of Object.entries(response)) {
    if (Number(status) < 400 || 'content' in answer || !isProblem(answer)) continue;
    const { description, ...body } = answer;
    response[status] = {
      description: typeof description === 'string' ? description : 'Problem',
      content: { 'application/problem+json': { schema: body } },
    };
  }
  if ('401' in response) {
    const write = !['GET', 'HEAD'].includes(String(document.route.method).toUpperCase());
    schema.security = [write ? { session: [], csrf: [] } : { session: [] }];
  }
  return result;
};

/** Components no operation reaches (zod's input twins of output schemas) are left out. */
export function withoutUnusedComponents<T extends Json>(spec: T): T {
  const components = (spec.components ?? {}) as { schemas?: Record<string, unknown> };
  const schemas = components.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
        const name = child.slice('#/components/schemas/'.length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  visit(spec.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...spec, components: { ...components, schemas: kept } };
}

/** `tags`: every tag the routes use, declared by their modules (app.ts's API_MODULES). */
async function openapi(
  app: FastifyInstance,
  options: { version: string; tags: readonly OpenApiTag[]; publicUrl?: string | undefined },
) {
  const server = options.publicUrl ?? 'http://localhost:3000';
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Реестр лучших практик — API',
        description:
          'Public and staff API of the Practice Registry. Errors are RFC 9457 application/problem+json. The public catalogue is also open data (CC BY 4.0): see the open-data operations and the page /open-data.',
        version: options.version,
        contact: { name: 'Реестр лучших практик: открытые данные', url: `${server}/open-data` },
        license: {
          name: 'CC BY 4.0 (data of the public catalogue)',
          url: 'https://creativecommons.org/licenses/by/4.0/',
        },
      },
      servers: [
        { url: server, description: options.publicUrl ? 'This installation' : 'A local installation' },
      ],
      components: { securitySchemes: SECURITY_SCHEMES },
      tags: [...options.tags],
    },
    transform,
    transformObject: jsonSchemaTransformObject,
  });
  // Without PUBLIC_URL the server is the address the reader used (behind a proxy: X-Forwarded-*
  // with TRUST_PROXY), so «Try it out» and generated clients call this installation.
  const document = (request: FastifyRequest) => {
    const spec = withoutUnusedComponents(app.swagger() as unknown as Json);
    if (options.publicUrl) return spec;
    return {
      ...spec,
      servers: [{ url: `${request.protocol}://${request.host}`, description: 'This installation' }],
    };
  };
  // staticCSP: Swagger UI's pages get a policy that allows its own inline code (hashes).
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformSpecification: (_spec, request) => document(request),
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { cache: 'release' } }, (request) =>
    document(request),
  );
}

export default fp(openapi, { name: 'openapi' });
