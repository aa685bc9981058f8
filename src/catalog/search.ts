/**
 * The public catalog. Anyone may search a provider's published products; unpublished ones are seen
 * only by those who may manage them, and answer "not found" to others.
 */
import { Temporal } from 'temporal-polyfill';
import { type Actor, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import {
  type CatalogItem,
  catalogQuerySchema,
  type Product,
  type ProductDetail,
  type PublicSession,
} from './model.ts';
import { productDetail } from './products.ts';
import { canSeeProduct, unpublishedVisibleTo } from './rules.ts';
import * as store from './store.ts';
import { nowDate } from './time.ts';

const UPCOMING_PER_PRODUCT = 5;

/** A session as the public sees it: the catalog's upcoming sessions and the head of a session's detail. */
export function publicSession(listing: store.SessionListing): PublicSession {
  const s = listing.session;
  return {
    id: s.id,
    code: s.code,
    productId: s.productId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    capacity: s.capacity,
    seatsLeft: s.seatsLeft,
    registrationDeadline: s.registrationDeadline,
    status: s.status,
    kind: s.kind,
    language: s.language,
    priceCents: s.priceCents,
    location: listing.location,
  };
}

/** The start of a day in the provider's (or, across providers, the Dutch) time zone. */
function startOfDay(day: string, timeZone: string): Date {
  return new Date(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }).epochMilliseconds);
}

/**
 * Search the catalog: published products (and the actor's own drafts), each with its upcoming open
 * sessions and the seats left. A location, city or date range keeps only products with an upcoming
 * open session that matches.
 */
export async function searchCatalog(
  ctx: AppContext,
  actor: Actor | null,
  query: unknown,
): Promise<CatalogItem[]> {
  const filter = parseInput(catalogQuerySchema, query);
  let providerId: string | undefined;
  let timeZone = 'Europe/Amsterdam';
  if (filter.provider !== undefined) {
    const provider = await identity.findProviderBySlug(ctx, filter.provider);
    if (!provider) throw new NotFoundError(`Provider ${filter.provider}`);
    providerId = provider.id;
    timeZone = provider.timeZone;
  }
  if (filter.from && filter.to && filter.to < filter.from)
    throw new ValidationError([{ path: 'to', message: 'must not be before from' }]);
  const products = await store.searchProducts(
    ctx.db,
    { providerId, unpublishedOf: unpublishedVisibleTo(actor) },
    { q: filter.q, type: filter.type },
  );
  const sessionFilterGiven = Boolean(filter.location || filter.city || filter.from || filter.to);
  const listings = await store.listSessionListings(ctx.db, {
    productIds: products.map((p) => p.id),
    bookableAt: nowDate(ctx),
    locationId: filter.location,
    city: filter.city,
    startsFrom: filter.from ? startOfDay(filter.from, timeZone) : undefined,
    startsBefore: filter.to
      ? startOfDay(Temporal.PlainDate.from(filter.to).add({ days: 1 }).toString(), timeZone)
      : undefined,
    limit: 5000,
  });
  const byProduct = Map.groupBy(listings, (l) => l.session.productId);
  return products
    .filter((p) => !sessionFilterGiven || byProduct.has(p.id))
    .map((p) => ({
      ...p,
      upcomingSessions: (byProduct.get(p.id) ?? []).slice(0, UPCOMING_PER_PRODUCT).map(publicSession),
    }));
}

/** One product with its parts, prerequisites, programme and upcoming open sessions. */
export async function getCatalogProduct(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<ProductDetail & { upcomingSessions: PublicSession[] }> {
  const product = await store.findProductById(ctx.db, id);
  if (!product || !canSeeProduct(actor, product)) throw new NotFoundError('Product');
  const detail = await productDetail(ctx.db, id);
  const listings = await store.listSessionListings(ctx.db, {
    productIds: [id],
    bookableAt: nowDate(ctx),
    limit: 100,
  });
  return { ...detail, upcomingSessions: listings.map(publicSession) };
}

export async function getProduct(ctx: AppContext, actor: Actor | null, id: string): Promise<Product> {
  const product = await store.findProductById(ctx.db, id);
  if (!product || !canSeeProduct(actor, product)) throw new NotFoundError('Product');
  return product;
}
