import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';
import type { KlasseApp } from './types.ts';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

/** Every API operation may answer with a problem document; say so once for all of them. */
const PROBLEM_RESPONSE = {
  description: 'An error, as RFC 9457 problem details with a stable `type`',
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
};

/**
 * OpenAPI 3.1 generated from the routes' zod schemas, served at /api/openapi.json, with a docs page
 * at /api/docs. Only routes under /api are described: health, metrics and the web app are not API.
 * Must be registered before the routes it describes.
 */
export async function registerOpenApi(app: KlasseApp, options: { secure: boolean }): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Klasse API',
        version: '1',
        description:
          'Runs a training provider from catalog to certificate. Mutating requests accept an Idempotency-Key header; errors are RFC 9457 problem details.',
      },
    },
    transform(document) {
      if (!document.url.startsWith('/api/'))
        return { schema: { hide: true } as FastifySchema, url: document.url };
      const transformed = jsonSchemaTransform(document);
      const schema = transformed.schema as FastifySchema & { response?: Record<string, unknown> };
      if (schema && !(schema as { hide?: boolean }).hide) {
        schema.response = { ...(schema.response ?? {}), default: PROBLEM_RESPONSE };
      }
      return transformed;
    },
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PATH,
    // The docs page ships its own inline script hashes; it keeps upgrade-insecure-requests only
    // behind TLS, so the page also works on a plain-HTTP local install.
    staticCSP: true,
    transformStaticCSP: (header) =>
      options.secure ? header : header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}
