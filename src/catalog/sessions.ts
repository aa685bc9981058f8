/**
 * Sessions (uitvoeringen): planning and changing them, and their status. Reading them is in
 * session-reads.ts. A change that touches enrollments (the capacity or dates, a provider's
 * cancellation) is a workflow (src/workflows/), which calls updateSessionInTransaction or
 * cancelSessionInTransaction inside its own transaction.
 */
import type { Temporal } from 'temporal-polyfill';
import { type Actor, isProviderStaff, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import {
  AppError,
  ConflictError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../platform/errors.ts';
import * as terms from '../terms-library/service.ts';
import {
  type CreateSessionInput,
  createSessionSchema,
  type Session,
  type SessionCancelReason,
  sessionStatusBodySchema,
  updateSessionSchema,
} from './model.ts';
import {
  canManageCatalog,
  parseSessionTime,
  productTakesSessions,
  sessionErrors,
  statusChangeError,
} from './rules.ts';
import * as store from './store.ts';
import { nowDate } from './time.ts';

type SessionFields = ReturnType<typeof createSessionSchema.parse>;

export function requireStaff(actor: Actor): void {
  if (actor.role === 'platform_admin' || isProviderStaff(actor.role)) return;
  throw new ForbiddenError("Only the provider's planner, administration or finance staff plan sessions.");
}

function codeTaken(code: string): ConflictError {
  return new ConflictError(
    'session-code-taken',
    'Session code in use',
    `This provider already has a session with code ${code}.`,
  );
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/**
 * The quote's terms of a group session are the provider's own terms (a copy edited to the quote,
 * plusport-cursusvoorwaarden#14.7 and plusport-cursusvoorwaarden#15.7), so the key must be one this provider owns, and the version must
 * exist.
 */
async function quoteTermsErrors(
  ctx: AppContext,
  tx: Tx,
  providerId: string,
  key: string | null,
  version: string | null,
): Promise<FieldError[]> {
  if (key === null || version === null) return [];
  let loaded: terms.LoadedTerms;
  try {
    loaded = await terms.loadTerms(ctx, null, key, tx, providerId);
  } catch (error) {
    if (error instanceof NotFoundError) return [{ path: 'quoteTermsKey', message: `no terms '${key}'` }];
    throw error;
  }
  if (loaded.builtIn || loaded.ownerProviderId !== providerId)
    return [
      {
        path: 'quoteTermsKey',
        message: "must be this provider's own terms (a copy edited to the quote), not built-in or another's",
      },
    ];
  if (!loaded.versions.some((v) => v.terms.version === version))
    return [{ path: 'quoteTermsVersion', message: `the terms '${key}' have no version ${version}` }];
  return [];
}

/** The checks that need the database, each naming its field; times read in the provider's zone. */
async function checkedSession(
  tx: Tx,
  ctx: AppContext,
  providerId: string,
  timeZone: string,
  f: Omit<SessionFields, 'productId'>,
  booked: number,
): Promise<Omit<store.NewSession, 'providerId' | 'productId'>> {
  const errors: FieldError[] = [];
  const time = (path: string, text: string) => {
    const at = parseSessionTime(text, timeZone);
    if (!at) errors.push({ path, message: 'is not a real date and time' });
    return at;
  };
  const startsAt = time('startsAt', f.startsAt);
  const endsAt = time('endsAt', f.endsAt);
  const deadline =
    f.registrationDeadline === null ? null : time('registrationDeadline', f.registrationDeadline);
  if (f.locationId !== null) {
    const location = await store.findLocationById(tx, f.locationId);
    if (!location || location.providerId !== providerId)
      errors.push({ path: 'locationId', message: 'no such location of this provider' });
  }
  if (f.instructorId !== null) {
    const instructor = await identity.findUserById(ctx, f.instructorId, tx);
    if (
      !instructor ||
      instructor.providerId !== providerId ||
      instructor.role !== 'instructor' ||
      instructor.disabled
    )
      errors.push({ path: 'instructorId', message: 'no such instructor of this provider' });
  }
  if (f.customerId !== null) {
    const customer = await identity.findCustomerById(ctx, f.customerId, tx);
    if (!customer || customer.providerId !== providerId)
      errors.push({ path: 'customerId', message: 'no such customer of this provider' });
  }
  errors.push(...(await quoteTermsErrors(ctx, tx, providerId, f.quoteTermsKey, f.quoteTermsVersion)));
  if (startsAt && endsAt && deadline !== undefined) {
    errors.push(
      ...sessionErrors({
        startsAt,
        endsAt,
        registrationDeadline: deadline,
        capacity: f.capacity,
        minParticipants: f.minParticipants,
        booked,
        kind: f.kind,
        customerId: f.customerId,
        quoteTermsKey: f.quoteTermsKey,
        quoteTermsVersion: f.quoteTermsVersion,
      }),
    );
  }
  if (errors.length > 0 || !startsAt || !endsAt || deadline === undefined) throw new ValidationError(errors);
  const asDate = (i: Temporal.Instant) => new Date(i.epochMilliseconds);
  return {
    code: f.code,
    startsAt: asDate(startsAt),
    endsAt: asDate(endsAt),
    locationId: f.locationId,
    instructorId: f.instructorId,
    capacity: f.capacity,
    minParticipants: f.minParticipants,
    registrationDeadline: deadline === null ? null : asDate(deadline),
    kind: f.kind,
    customerId: f.customerId,
    quoteTermsKey: f.quoteTermsKey,
    quoteTermsVersion: f.quoteTermsVersion,
    priceCents: f.priceCents,
    language: f.language,
  };
}

/** The product a new session is of: the actor's provider's, and one that takes sessions. */
async function productForSession(tx: Tx, actor: Actor | null, productId: string) {
  const product = await store.findProductById(tx, productId);
  if (!product || (actor && !canManageCatalog(actor, product.providerId)))
    throw new ValidationError([{ path: 'productId', message: 'no such product of your provider' }]);
  if (!productTakesSessions(product.type))
    throw new ValidationError([
      { path: 'productId', message: `a ${product.type} has no sessions: it is taken or sent without a date` },
    ]);
  return product;
}

async function insertChecked(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  f: SessionFields,
): Promise<Session> {
  const product = await productForSession(tx, actor, f.productId);
  const provider = await identity.findProviderById(ctx, product.providerId, tx);
  if (!provider) throw new NotFoundError('Provider');
  const checked = await checkedSession(tx, ctx, provider.id, provider.timeZone, f, 0);
  if (await store.findSessionByCode(tx, provider.id, f.code)) throw codeTaken(f.code);
  return store.insertSession(
    tx,
    { ...checked, providerId: provider.id, productId: product.id },
    nowDate(ctx),
  );
}

/** Plans a session inside the caller's transaction: for the demo seed (actor null). */
export async function createSessionInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  input: CreateSessionInput,
): Promise<Session> {
  if (actor) requireStaff(actor);
  return insertChecked(tx, ctx, actor, parseInput(createSessionSchema, input));
}

export async function createSession(ctx: AppContext, actor: Actor, input: unknown): Promise<Session> {
  requireStaff(actor);
  const f = parseInput(createSessionSchema, input);
  try {
    return await ctx.db.transaction().execute((tx) => insertChecked(tx, ctx, actor, f));
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(f.code);
    throw error;
  }
}

/** A session the actor may change; another provider's is "not found". Locked until the end. */
async function lockedManageable(tx: Tx, actor: Actor, id: string): Promise<Session> {
  requireStaff(actor);
  const session = await store.findSessionForUpdate(tx, id);
  if (!session || !canManageCatalog(actor, session.providerId)) throw new NotFoundError('Session');
  return session;
}

function closedSession(session: Session): ConflictError {
  return new ConflictError(
    'session-closed',
    'Session closed',
    `Session ${session.code} is ${session.status}; it can no longer be changed.`,
  );
}

/**
 * Changes a session's fields inside the caller's transaction (src/workflows/session-changes.ts, which
 * then offers any seat a raised capacity freed to the waiting list in the same one). The capacity
 * never goes below the seats booked: the row is locked, so no seat is taken between the check and the
 * write (enrollment's conditional UPDATE waits on it). A code another session has: 409; the caller
 * maps a unique violation at commit with sessionCodeConflict.
 */
export async function updateSessionInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Session> {
  const changes = parseInput(updateSessionSchema, input);
  const session = await lockedManageable(tx, actor, id);
  if (session.status === 'cancelled' || session.status === 'completed') throw closedSession(session);
  const provider = await identity.findProviderById(ctx, session.providerId, tx);
  if (!provider) throw new NotFoundError('Provider');
  const merged: Omit<SessionFields, 'productId'> = {
    code: session.code,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    locationId: session.locationId,
    instructorId: session.instructorId,
    capacity: session.capacity,
    minParticipants: session.minParticipants,
    registrationDeadline: session.registrationDeadline,
    kind: session.kind,
    customerId: session.customerId,
    quoteTermsKey: session.quoteTermsKey,
    quoteTermsVersion: session.quoteTermsVersion,
    priceCents: session.priceCents,
    language: session.language,
    ...changes,
  };
  const checked = await checkedSession(tx, ctx, provider.id, provider.timeZone, merged, session.booked);
  if (checked.code !== session.code && (await store.findSessionByCode(tx, provider.id, checked.code)))
    throw codeTaken(checked.code);
  const updated = await store.updateSession(tx, session.id, checked);
  if (!updated) throw new Error(`session ${session.id}: capacity check failed under the row lock`);
  return updated;
}

/**
 * Two staff giving two sessions one code at once: the unique constraint decides, and this turns its
 * error into the 409 the check before it gives. Any other error is returned as it is.
 */
export function sessionCodeConflict(error: unknown, input: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  const parsed = updateSessionSchema.safeParse(input);
  return parsed.success && parsed.data.code ? codeTaken(parsed.data.code) : error;
}

/** planned -> confirmed (it goes ahead), confirmed -> completed (once started). */
export async function changeSessionStatus(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Session> {
  const { status } = parseInput(sessionStatusBodySchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const session = await lockedManageable(tx, actor, id);
    const started = new Date(session.startsAt).getTime() <= nowDate(ctx).getTime();
    const refusal = statusChangeError(session.status, status, started);
    if (refusal) throw new AppError(409, 'session-status-change', 'Status change not possible', refusal);
    return store.setSessionStatus(tx, session.id, status, null);
  });
}

/**
 * Sets a planned or confirmed session to cancelled with its reason, inside the caller's transaction:
 * the provider's cancellation (src/workflows/) releases the enrollments in the same one. The row
 * is locked, so no seat is taken meanwhile. NotFoundError: no such session; 409: already over.
 */
export async function cancelSessionInTransaction(
  tx: Tx,
  sessionId: string,
  reason: SessionCancelReason,
): Promise<Session> {
  const session = await store.findSessionForUpdate(tx, sessionId);
  if (!session) throw new NotFoundError('Session');
  if (session.status !== 'planned' && session.status !== 'confirmed') throw closedSession(session);
  return store.setSessionStatus(tx, session.id, 'cancelled', reason);
}
