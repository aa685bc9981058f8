/**
 * HTTP for staff's paged product list and one session as they plan it (issue 8); the location list is
 * GET /locations in routes.ts.
 */
import { requireActor } from '../identity/http-auth.ts';
import { idParamSchema } from '../identity/model.ts';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import { staffSessionSchema } from './model.ts';
import { getStaffSession } from './session-reads.ts';
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

  app.get(
    '/sessions/:id/planning',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'One session as the planning list shows it, with minimum, instructor and go / no-go (provider staff)',
        params: idParamSchema,
        response: { 200: staffSessionSchema },
      },
    },
    async (request) => getStaffSession(ctx, requireActor(request), request.params.id),
  );
};
