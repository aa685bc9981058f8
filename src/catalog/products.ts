/**
 * Products, packages and prerequisites: staff create and change them (the catalog's part of issue
 * 3). Searching and reading the public catalog is search.ts; learners' achievements achievements.ts.
 */
import { type Actor, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import {
  componentsBodySchema,
  createProductSchema,
  type Product,
  type ProductDetail,
  prerequisitesBodySchema,
  updateProductSchema,
} from './model.ts';
import {
  canManageCatalog,
  canSeeProduct,
  componentErrors,
  examFieldErrors,
  packagePriceError,
  prerequisiteErrors,
} from './rules.ts';
import * as store from './store.ts';
import { nowDate } from './time.ts';

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
  const examErrors = examFieldErrors(p);
  if (examErrors.length > 0) throw new ValidationError(examErrors);
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
      programme: p.programme,
      examDelivery: p.examDelivery,
      examFormat: p.examFormat,
      reschedulesAsCancellation: p.reschedulesAsCancellation,
      proofOfParticipation: p.proofOfParticipation,
    },
    nowDate(ctx),
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

/** A product the actor may change; others' products answer "not found", a visible one "forbidden". */
async function manageableProduct(ex: Executor, actor: Actor | null, id: string): Promise<Product> {
  const product = await store.findProductById(ex, id);
  if (!product) throw new NotFoundError('Product');
  if (actor === null) return product;
  if (!canSeeProduct(actor, product)) throw new NotFoundError('Product');
  if (!canManageCatalog(actor, product.providerId))
    throw new ForbiddenError("Only the provider's staff may change its catalog.");
  return product;
}

export async function updateProduct(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Product> {
  const changes = parseInput(updateProductSchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const product = await manageableProduct(tx, actor, id);
    const merged = { ...product, ...changes };
    const errors = examFieldErrors(merged);
    if (product.type === 'package' && changes.priceCents !== undefined)
      errors.push(...packagePriceError(changes.priceCents, await store.componentSum(tx, product.id)));
    if (errors.length > 0) throw new ValidationError(errors);
    return store.updateProduct(tx, product.id, changes, nowDate(ctx));
  });
}

/**
 * Replaces a package's parts (and its price, when given): each part's share and VAT code, adding up
 * to the package price (plusport-cursusvoorwaarden#15.5: fees are a share of the part concerned).
 */
export function setComponents(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ProductDetail> {
  return ctx.db.transaction().execute((tx) => setComponentsInTransaction(tx, ctx, actor, id, input));
}

/** setComponents inside the caller's transaction; actor null: the operator or the demo seed. */
export async function setComponentsInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  input: unknown,
): Promise<ProductDetail> {
  const body = parseInput(componentsBodySchema, input);
  const product = await manageableProduct(tx, actor, id);
  const found = await store.findProductsByIds(
    tx,
    body.components.map((c) => c.componentId),
  );
  const pkg = { ...product, priceCents: body.priceCents ?? product.priceCents };
  const errors = componentErrors(
    pkg,
    body.components.map((c) => ({ ...c, product: found.find((f) => f.id === c.componentId) })),
  );
  if (errors.length > 0) throw new ValidationError(errors);
  if (body.priceCents !== undefined && body.priceCents !== product.priceCents)
    await store.updateProduct(tx, product.id, { priceCents: body.priceCents }, nowDate(ctx));
  await store.replaceComponents(tx, product.id, body.components);
  return productDetail(tx, product.id);
}

/** Replaces what a learner must have achieved before enrolling (e.g. passed the theory exam). */
export function setPrerequisites(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ProductDetail> {
  return ctx.db.transaction().execute((tx) => setPrerequisitesInTransaction(tx, actor, id, input));
}

/** setPrerequisites inside the caller's transaction; actor null: the operator or the demo seed. */
export async function setPrerequisitesInTransaction(
  tx: Tx,
  actor: Actor | null,
  id: string,
  input: unknown,
): Promise<ProductDetail> {
  const body = parseInput(prerequisitesBodySchema, input);
  const product = await manageableProduct(tx, actor, id);
  const found = await store.findProductsByIds(
    tx,
    body.prerequisites.map((p) => p.requiredProductId),
  );
  const errors = prerequisiteErrors(
    product,
    body.prerequisites.map((p) => ({ ...p, product: found.find((f) => f.id === p.requiredProductId) })),
    await store.prerequisiteEdgesOfProvider(tx, product.providerId),
  );
  if (errors.length > 0) throw new ValidationError(errors);
  await store.replacePrerequisites(tx, product.id, body.prerequisites);
  return productDetail(tx, product.id);
}

/** A product with its parts and prerequisites; no visibility check. */
export async function productDetail(ex: Executor, id: string): Promise<ProductDetail> {
  const product = await store.findProductById(ex, id);
  if (!product) throw new NotFoundError('Product');
  return {
    ...product,
    components: product.type === 'package' ? await store.listComponents(ex, id) : [],
    prerequisites: await store.listPrerequisites(ex, id),
  };
}
