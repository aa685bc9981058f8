/**
 * The catalog's one entry point for routes, jobs, the workflows (src/workflows/) and other contexts
 * (DESIGN: a context uses another only through its service.ts or model.ts). The use cases live in
 * their own files by what they are about (products.ts, search.ts, achievements.ts, locations.ts,
 * sessions.ts, session-reads.ts, go-no-go.ts) and are re-exported here; below are the reads other
 * contexts need of a session (docs: /work/notes/issue4.md, "Contracts between them").
 */
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { Product, Session, SessionWithProduct } from './model.ts';
import * as store from './store.ts';
import { nowDate } from './time.ts';

export {
  hasAchievement,
  listLearnerAchievements,
  listPackageComponents,
  recordAchievement,
  recordAchievementInTransaction,
  unmetPrerequisitesOf,
} from './achievements.ts';
export {
  createProduct,
  createProductInTransaction,
  setComponents,
  setComponentsInTransaction,
  setPrerequisites,
  setPrerequisitesInTransaction,
  updateProduct,
} from './products.ts';
export { getCatalogProduct, getProduct, searchCatalog } from './search.ts';

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
 * vapro-leverings-en-betalingsvoorwaarden#15.2): open sessions of the same product starting later than it and than now, still taking
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
