import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { IDEMPOTENCY_KEY_HEADER, MUTATING_METHODS } from './idempotency/model.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';
import type { KlasseApp } from './types.ts';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

/** Every API operation may answer with a problem document; say so once for all of them. */
const PROBLEM_RESPONSE = {
  description: 'An error, as RFC 9457 problem details with a stable `type`',
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
};

const IDEMPOTENCY_KEY_PARAMETER = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  description:
    'Optional. A retry with the same key and body gets the stored response (Idempotent-Replayed: true) instead of running again; the same key with another body is refused (422). Keys live 24 hours.',
};

/** A route's schema after the zod transform: plain JSON Schema objects. */
interface DescribedSchema {
  hide?: boolean;
  response?: Record<string, unknown>;
  headers?: { type: string; properties?: Record<string, unknown>; required?: string[] };
}

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
      const schema = transformed.schema as DescribedSchema | undefined;
      if (!schema || schema.hide) return transformed;
      schema.response = { ...(schema.response ?? {}), default: PROBLEM_RESPONSE };
      const methods = [document.route.method].flat();
      if (methods.some((method) => MUTATING_METHODS.has(method))) {
        const headers = schema.headers ?? { type: 'object', properties: {} };
        headers.properties = { ...headers.properties, [IDEMPOTENCY_KEY_HEADER]: IDEMPOTENCY_KEY_PARAMETER };
        schema.headers = headers;
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
