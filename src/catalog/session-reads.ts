/**
 * Reading sessions: the public session detail with seats left, and the staff's planning list with
 * occupancy and go / no-go (go-no-go.ts) against the minimum and the notice deadline.
 */
import { Temporal } from 'temporal-polyfill';
import { type Actor, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { goNoGoReckoner } from './go-no-go.ts';
import { type Product, type StaffSession, sessionListQuerySchema } from './model.ts';
import { canManageCatalog, canSeeSession } from './rules.ts';
import { publicSession } from './search.ts';
import { requireStaff } from './sessions.ts';
import * as store from './store.ts';

/** Session detail with seats left (capacity - booked), for anyone who may see the session. */
export async function getSessionDetail(ctx: AppContext, actor: Actor | null, id: string) {
  const listing = await store.findSessionListing(ctx.db, id);
  if (!listing || !canSeeSession(actor, listing.session, listing.productPublished))
    throw new NotFoundError('Session');
  const s = listing.session;
  const product = await store.findProductById(ctx.db, s.productId);
  const provider = await identity.findProviderById(ctx, s.providerId);
  if (!product || !provider) throw new NotFoundError('Session');
  return {
    ...publicSession(listing),
    product,
    components: product.type === 'package' ? await store.listComponents(ctx.db, product.id) : [],
    prerequisites: await store.listPrerequisites(ctx.db, product.id),
    provider: { name: provider.name, slug: provider.slug, timeZone: provider.timeZone },
    instructorName: listing.instructorName,
  };
}

/**
 * The staff's planning list: sessions with occupancy (booked, capacity, minimum) and go / no-go.
 * Default: sessions starting from today on. The platform admin names a provider (?provider=slug).
 */
export async function listStaffSessions(
  ctx: AppContext,
  actor: Actor,
  query: unknown,
): Promise<StaffSession[]> {
  requireStaff(actor);
  const q = parseInput(sessionListQuerySchema, query);
  let providerId = actor.providerId;
  if (actor.role === 'platform_admin') {
    if (!q.provider)
      throw new ValidationError([{ path: 'provider', message: 'name the provider (its slug)' }]);
    const p = await identity.findProviderBySlug(ctx, q.provider);
    if (!p) throw new NotFoundError(`Provider ${q.provider}`);
    providerId = p.id;
  }
  if (!providerId) throw new ForbiddenError('You belong to no provider.');
  const provider = await identity.findProviderById(ctx, providerId);
  if (!provider) throw new NotFoundError('Provider');
  if (q.from && q.to && q.to < q.from)
    throw new ValidationError([{ path: 'to', message: 'must not be before from' }]);
  const tz = provider.timeZone;
  const dayStart = (day: string) =>
    new Date(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: tz }).epochMilliseconds);
  const from = q.from ?? ctx.clock.now().toZonedDateTimeISO(tz).toPlainDate().toString();
  const listings = await store.listSessionListings(ctx.db, {
    providerId,
    productIds: q.productId ? [q.productId] : undefined,
    status: q.status,
    startsFrom: dayStart(from),
    startsBefore: q.to ? dayStart(Temporal.PlainDate.from(q.to).add({ days: 1 }).toString()) : undefined,
    limit: 1000,
  });
  const products = new Map(
    (await store.findProductsByIds(ctx.db, [...new Set(listings.map((l) => l.session.productId))])).map(
      (p) => [p.id, p],
    ),
  );
  const goNoGo = goNoGoReckoner(ctx, ctx.db, provider);
  const result: StaffSession[] = [];
  for (const l of listings) result.push(await staffSession(l, products.get(l.session.productId), goNoGo));
  return result;
}

/** A listed session as staff plan it, with the price a participant pays and go / no-go at that price. */
async function staffSession(
  l: store.SessionListing,
  product: Product | undefined,
  goNoGo: ReturnType<typeof goNoGoReckoner>,
): Promise<StaffSession> {
  const productPriceCents = product?.priceCents ?? 0;
  return {
    ...l.session,
    productCode: l.productCode,
    productName: l.productName,
    productPriceCents,
    locationName: l.location?.name ?? null,
    city: l.location?.city ?? null,
    instructorName: l.instructorName,
    customerName: l.customerName,
    goNoGo: await goNoGo(l.session, l.session.priceCents ?? productPriceCents),
  };
}

/** One session as the planning list shows it, for the staff's edit form; another provider's is "not found". */
export async function getStaffSession(ctx: AppContext, actor: Actor, id: string): Promise<StaffSession> {
  requireStaff(actor);
  const listing = await store.findSessionListing(ctx.db, id);
  if (!listing || !canManageCatalog(actor, listing.session.providerId)) throw new NotFoundError('Session');
  const provider = await identity.findProviderById(ctx, listing.session.providerId);
  if (!provider) throw new NotFoundError('Session');
  const product = await store.findProductById(ctx.db, listing.session.productId);
  return staffSession(listing, product, goNoGoReckoner(ctx, ctx.db, provider));
}
