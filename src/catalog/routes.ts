/** HTTP for the catalog. Mounted under /api by the server. Searching needs no login. */
import { z } from 'zod';
import { requireActor } from '../identity/http-auth.ts';
import { idParamSchema } from '../identity/model.ts';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import { catalogQuerySchema, createProductSchema, productSchema } from './model.ts';
import * as catalog from './service.ts';

export const catalogRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: "Search published products, e.g. one provider's: ?provider=<slug>&q=<text>&type=<type>",
        querystring: catalogQuerySchema,
        response: { 200: z.object({ items: z.array(productSchema) }) },
      },
    },
    async (request) => ({ items: await catalog.searchCatalog(ctx, request.actor, request.query) }),
  );

  app.get(
    '/catalog/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One product',
        params: idParamSchema,
        response: { 200: productSchema },
      },
    },
    async (request) => catalog.getProduct(ctx, request.actor, request.params.id),
  );

  app.post(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: "Add a product to your provider's catalog (provider staff)",
        body: createProductSchema,
        response: { 201: productSchema },
      },
    },
    async (request, reply) => {
      const product = await catalog.createProduct(ctx, requireActor(request), request.body);
      return reply.code(201).send(product);
    },
  );
};
