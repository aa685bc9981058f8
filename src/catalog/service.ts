/**
 * Catalog use cases. The catalog is public: anyone may search a provider's published products;
 * unpublished ones are seen only by those who may manage them, and answer "not found" to others.
 */
import { Temporal } from 'temporal-polyfill';
import { type Actor, isProviderStaff, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import {
  type Achievement,
  achievementBodySchema,
  type CatalogItem,
  catalogQuerySchema,
  componentsBodySchema,
  createProductSchema,
  type LearnerAchievement,
  type PackageComponent,
  type Prerequisite,
  type Product,
  type ProductDetail,
  type PublicSession,
  prerequisitesBodySchema,
  type Session,
  type SessionWithProduct,
  updateProductSchema,
} from './model.ts';
import {
  canManageCatalog,
  canSeeProduct,
  componentErrors,
  examFieldErrors,
  packagePriceError,
  prerequisiteErrors,
  unmetPrerequisites,
  unpublishedVisibleTo,
} from './rules.ts';
import * as store from './store.ts';

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
 * to the package price (PlusPort cursus 15.5: fees are a share of the part concerned).
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

async function productDetail(ex: Executor, id: string): Promise<ProductDetail> {
  const product = await store.findProductById(ex, id);
  if (!product) throw new NotFoundError('Product');
  return {
    ...product,
    components: product.type === 'package' ? await store.listComponents(ex, id) : [],
    prerequisites: await store.listPrerequisites(ex, id),
  };
}

// ---- the public catalog

const UPCOMING_PER_PRODUCT = 5;

function publicSession(listing: store.SessionListing): PublicSession {
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

// ---- achievements (prerequisites, substitution under PlusPort cursus 14.8)

/** The learner, if the actor may see them (src/identity/authorize.ts); "not found" otherwise. */
async function visibleLearner(ctx: AppContext, actor: Actor, learnerId: string) {
  const learner = await identity.getUser(ctx, actor, learnerId);
  if (learner.role !== 'learner') throw new NotFoundError('Learner');
  return learner;
}

/** Staff record that a learner passed or completed a product of their provider. */
export async function recordAchievement(
  ctx: AppContext,
  actor: Actor,
  learnerId: string,
  input: unknown,
): Promise<LearnerAchievement[]> {
  const body = parseInput(achievementBodySchema, input);
  const learner = await visibleLearner(ctx, actor, learnerId);
  if (!(actor.role === 'platform_admin' || isProviderStaff(actor.role)))
    throw new ForbiddenError("Only the provider's staff record what a learner achieved.");
  return ctx.db.transaction().execute((tx) => recordAchievementInTransaction(tx, ctx, actor, learner, body));
}

/**
 * Records an achievement inside the caller's transaction, for a learner the caller has loaded and may
 * act on; actor null: the operator or the demo seed. The day may not lie ahead of today (provider time).
 */
export async function recordAchievementInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  learner: { id: string; providerId: string | null },
  input: unknown,
): Promise<LearnerAchievement[]> {
  const body = parseInput(achievementBodySchema, input);
  const product = await store.findProductById(tx, body.productId);
  if (!product || product.providerId !== learner.providerId)
    throw new ValidationError([{ path: 'productId', message: "no such product of the learner's provider" }]);
  const provider = await identity.findProviderById(ctx, product.providerId, tx);
  if (Temporal.PlainDate.compare(body.achievedOn, today(ctx, provider?.timeZone ?? 'Europe/Amsterdam')) > 0)
    throw new ValidationError([{ path: 'achievedOn', message: 'must not be in the future' }]);
  await store.upsertAchievement(tx, {
    learnerId: learner.id,
    productId: product.id,
    achievement: body.achievement,
    achievedOn: body.achievedOn,
    recordedBy: actor?.userId ?? null,
  });
  return store.listAchievements(tx, learner.id);
}

export async function listLearnerAchievements(
  ctx: AppContext,
  actor: Actor,
  learnerId: string,
): Promise<LearnerAchievement[]> {
  await visibleLearner(ctx, actor, learnerId);
  return store.listAchievements(ctx.db, learnerId);
}

/** A package's parts in order, each with its share of the price and VAT code (enrollment's fee lines). */
export function listPackageComponents(ex: Executor, packageId: string): Promise<PackageComponent[]> {
  return store.listComponents(ex, packageId);
}

/**
 * The prerequisites of a product a learner has not met (enrollment and import refuse those); empty
 * when all are met. No visibility check: the caller decided who may act.
 */
export async function unmetPrerequisitesOf(
  ex: Executor,
  learnerId: string,
  productId: string,
): Promise<Prerequisite[]> {
  const prerequisites = await store.listPrerequisites(ex, productId);
  if (prerequisites.length === 0) return [];
  return unmetPrerequisites(prerequisites, await store.listAchievements(ex, learnerId));
}

/** Whether a learner has this achievement (substitution: "passed the online theory exam", 14.8). */
export async function hasAchievement(
  ex: Executor,
  learnerId: string,
  productId: string,
  achievement: Achievement,
): Promise<boolean> {
  const all = await store.listAchievements(ex, learnerId);
  return all.some((a) => a.productId === productId && a.achievement === achievement);
}

function today(ctx: AppContext, timeZone: string): string {
  return ctx.clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();
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

/** A product of a provider by its code (import sheets, the demo seed); no visibility check. */
export function findProductByCode(
  ex: Executor,
  providerId: string,
  code: string,
): Promise<Product | undefined> {
  return store.findProductByCode(ex, providerId, code);
}

/** A session by id; no visibility check (a workflow has already decided who may act). */
export function findSession(ex: Executor, id: string): Promise<Session | undefined> {
  return store.findSessionById(ex, id);
}

export { sessionGoNoGo } from './go-no-go.ts';
export { createLocationInTransaction } from './locations.ts';
export { canManageCatalog } from './rules.ts';
/** The session changes a workflow (src/workflows/) runs inside its own transaction. */
export {
  cancelSessionInTransaction,
  createSessionInTransaction,
  sessionCodeConflict,
  updateSessionInTransaction,
} from './sessions.ts';
