/**
 * Staff's paged lists of their provider's products (drafts and archived ones too) and locations,
 * searched, filtered and sorted on the server, so a provider with a long catalog pages through it.
 */
import { type Actor, isProviderStaff, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import {
  type LocationPage,
  locationListQuerySchema,
  type ProductPage,
  productListQuerySchema,
} from './staff-list-schemas.ts';
import * as store from './store.ts';

function requireCatalogStaff(actor: Actor): void {
  if (actor.role === 'platform_admin' || isProviderStaff(actor.role)) return;
  throw new ForbiddenError(
    "Only the provider's planner, administration or finance staff manage the catalog.",
  );
}

/** The provider whose list it is: the staff member's own, or the one the platform admin names. */
async function listedProvider(ctx: AppContext, actor: Actor, slug: string | undefined): Promise<string> {
  if (actor.role !== 'platform_admin') {
    if (!actor.providerId) throw new ForbiddenError('You belong to no provider.');
    return actor.providerId;
  }
  if (!slug) throw new ValidationError([{ path: 'provider', message: 'name the provider (its slug)' }]);
  const provider = await identity.findProviderBySlug(ctx, slug);
  if (!provider) throw new NotFoundError(`Provider ${slug}`);
  return provider.id;
}

export async function listProducts(ctx: AppContext, actor: Actor, query: unknown): Promise<ProductPage> {
  requireCatalogStaff(actor);
  const q = parseInput(productListQuerySchema, query);
  const providerId = await listedProvider(ctx, actor, q.provider);
  return store.pageOfProducts(ctx.db, { ...q, providerId });
}

/** Every provider's locations for the platform admin, as the unpaged list always gave. */
export async function listLocationPage(ctx: AppContext, actor: Actor, query: unknown): Promise<LocationPage> {
  requireCatalogStaff(actor);
  const q = parseInput(locationListQuerySchema, query);
  const providerId = actor.role === 'platform_admin' ? null : actor.providerId;
  return store.pageOfLocations(ctx.db, { ...q, providerId });
}
