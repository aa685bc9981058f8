/** HTTP for staff's paged product list (issue 8); the location list is GET /locations in routes.ts. */
import { requireActor } from '../identity/http-auth.ts';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import { productListQuerySchema, productPageSchema } from './staff-list-schemas.ts';
import { listProducts } from './staff-lists.ts';

export const staffProductListRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/products',
    {
      schema: {
        tags: ['catalog'],
        summary:
          "Your provider's products, published, drafts and archived (provider staff): ?q=<name or code>&type&state=published|archived|all&sort=name|code|price|type (prefix - for descending)&limit&offset; the platform admin adds ?provider=<slug>",
        querystring: productListQuerySchema,
        response: { 200: productPageSchema },
      },
    },
    async (request) => listProducts(ctx, requireActor(request), request.query),
  );
};
