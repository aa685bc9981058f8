/**
 * Catalog use cases. The catalog is public: anyone may search a provider's published products;
 * unpublished ones are seen only by those who may manage them, and answer "not found" to others.
 */
import type { Actor } from '../identity/model.ts';
import { parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { catalogQuerySchema, createProductSchema, type Product } from './model.ts';
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
