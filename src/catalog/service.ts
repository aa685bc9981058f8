/**
 * Catalog use cases. The catalog is public: anyone may search a provider's published products;
 * unpublished ones are seen only by those who may manage them, and answer "not found" to others.
 */
import type { Actor } from '../identity/model.ts';
import { parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import {
  catalogQuerySchema,
  createProductSchema,
  type Product,
  type Session,
  type SessionWithProduct,
} from './model.ts';
import { canManageCatalog, canSeeProduct, unpublishedVisibleTo } from './rules.ts';
import * as store from './store.ts';

export async function searchCatalog(
  ctx: AppContext,
  actor: Actor | null,
  query: unknown,
): Promise<Product[]> {
  const filter = parseInput(catalogQuerySchema, query);
  let providerId: string | undefined;
  if (filter.provider !== undefined) {
    const provider = await identity.findProviderBySlug(ctx, filter.provider);
    if (!provider) throw new NotFoundError(`Provider ${filter.provider}`);
    providerId = provider.id;
  }
  return store.searchProducts(
    ctx.db,
    { providerId, unpublishedOf: unpublishedVisibleTo(actor) },
    { q: filter.q, type: filter.type },
  );
}

export async function getProduct(ctx: AppContext, actor: Actor | null, id: string): Promise<Product> {
  const product = await store.findProductById(ctx.db, id);
  if (!product || !canSeeProduct(actor, product)) throw new NotFoundError('Product');
  return product;
}

function codeTaken(code: string): ConflictError {
  return new ConflictError(
    'product-code-taken',
    'Product code in use',
    `This provider already has a product with code ${code}.`,
  );
}

/** Creates a product on behalf of staff (actor), or of the operator or demo seed (actor null). */
export async function createProductInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  input: unknown,
): Promise<Product> {
  const p = parseInput(createProductSchema, input);
  const providerId = p.providerId ?? actor?.providerId;
  if (!providerId)
    throw new ValidationError([{ path: 'providerId', message: 'say which provider offers the product' }]);
  if (actor && !canManageCatalog(actor, providerId)) {
    throw new ForbiddenError("Only the provider's staff may add products to its catalog.");
  }
  if (!(await identity.findProviderById(ctx, providerId, tx))) {
    throw new ValidationError([{ path: 'providerId', message: 'no such provider' }]);
  }
  if (await store.findProductByCode(tx, providerId, p.code)) throw codeTaken(p.code);
  return store.insertProduct(
    tx,
    {
      providerId,
      code: p.code,
      name: p.name,
      type: p.type,
      priceCents: p.priceCents,
      vatCode: p.vatCode,
      durationMinutes: p.durationMinutes,
      description: p.description,
      published: p.published,
    },
    new Date(ctx.clock.now().epochMilliseconds),
  );
}

export async function createProduct(ctx: AppContext, actor: Actor, input: unknown): Promise<Product> {
  try {
    return await ctx.db.transaction().execute((tx) => createProductInTransaction(tx, ctx, actor, input));
  } catch (error) {
    // Two staff adding one code at once: the unique constraint decides.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23505') {
      throw codeTaken(parseInput(createProductSchema, input).code);
    }
    throw error;
  }
}

// ---- contracts for enrollment (docs: /work/notes/issue4.md, "Contracts between them")

function nowDate(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}

/**
 * A session with its product, the package's parts (each with its share of the price and VAT code),
 * the prerequisites, the location and the provider's time zone and terms; undefined when there is no
 * such session. No visibility check: the caller (enrollment) has already decided who may act. Pass
 * the transaction when inside one (the embedded database has a single connection).
 */
export async function getSessionWithProduct(
  ctx: AppContext,
  ex: Executor,
  sessionId: string,
): Promise<SessionWithProduct | undefined> {
  const session = await store.findSessionById(ex, sessionId);
  if (!session) return undefined;
  const product = await store.findProductById(ex, session.productId);
  const provider = await identity.findProviderById(ctx, session.providerId, ex);
  if (!product || !provider) throw new Error(`session ${sessionId} lost its product or provider`);
  const components = product.type === 'package' ? await store.listComponents(ex, product.id) : [];
  const prerequisites = await store.listPrerequisites(ex, product.id);
  const location = session.locationId
    ? ((await store.findLocationById(ex, session.locationId)) ?? null)
    : null;
  return {
    session,
    product,
    components,
    prerequisites,
    location,
    provider: {
      id: provider.id,
      name: provider.name,
      slug: provider.slug,
      timeZone: provider.timeZone,
      termsProviderId: provider.termsProviderId,
      country: provider.country,
    },
  };
}

/**
 * Where a learner of this session could go instead (a reschedule, or a session the provider cancels,
 * VAPRO 15.2): open sessions of the same product starting later than it and than now, still taking
 * enrollments, with a seat left; earliest first. NotFoundError when the session does not exist.
 */
export async function listAlternativeSessions(
  ctx: AppContext,
  ex: Executor,
  sessionId: string,
): Promise<Session[]> {
  const session = await store.findSessionById(ex, sessionId);
  if (!session) throw new NotFoundError('Session');
  const now = nowDate(ctx);
  const start = new Date(session.startsAt);
  return store.listOpenSessionsOfProduct(ex, session.productId, start > now ? start : now, now, {
    excludeId: session.id,
    withSeatsOnly: true,
    limit: 50,
  });
}
