/**
 * Locations (where sessions take place) and instructors (users with role instructor of the
 * provider). Staff keep their own provider's; another provider's answer "not found".
 */
import { type Actor, isProviderStaff, parseInput, type User } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import { conflictOnUnique, FieldConflictError } from '../platform/db/unique-violation.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { createLocationSchema, type Location, updateLocationSchema } from './model.ts';
import { canManageCatalog } from './rules.ts';
import * as store from './store.ts';

function requireStaff(actor: Actor): void {
  if (actor.role === 'platform_admin' || isProviderStaff(actor.role)) return;
  throw new ForbiddenError("Only the provider's planner, administration or finance staff manage locations.");
}

/** A location the actor may manage; another provider's is "not found". */
async function manageableLocation(ex: Executor, actor: Actor, id: string): Promise<Location> {
  requireStaff(actor);
  const location = await store.findLocationById(ex, id);
  if (!location || !canManageCatalog(actor, location.providerId)) throw new NotFoundError('Location');
  return location;
}

export async function getLocation(ctx: AppContext, actor: Actor, id: string): Promise<Location> {
  return manageableLocation(ctx.db, actor, id);
}

/** Adds a location for staff (actor), or for the demo seed (actor null, providerId in the input). */
export async function createLocationInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  input: unknown,
): Promise<Location> {
  if (actor) requireStaff(actor);
  const l = parseInput(createLocationSchema, input);
  const providerId = l.providerId ?? actor?.providerId;
  if (!providerId)
    throw new ValidationError([{ path: 'providerId', message: 'say which provider it is for' }]);
  if (actor && !canManageCatalog(actor, providerId))
    throw new ForbiddenError("Only the provider's staff may add its locations.");
  if (!(await identity.findProviderById(ctx, providerId, tx)))
    throw new ValidationError([{ path: 'providerId', message: 'no such provider' }]);
  const location = {
    providerId,
    name: l.name,
    street: l.street,
    postalCode: l.postalCode,
    city: l.city,
    country: l.country,
    onlineUrl: l.onlineUrl,
  };
  return conflictOnUnique(
    () => store.insertLocation(tx, location, new Date(ctx.clock.now().epochMilliseconds)),
    locationNameTaken(l.name),
  );
}

/** One name per provider's location (migration 0012, issue 12 item 12): a repeat is a 409 on `name`. */
function locationNameTaken(name: string) {
  return {
    locations_provider_name_unique: () =>
      new FieldConflictError(
        'location-name-taken',
        'Location name in use',
        'name',
        `this provider already has a location named ${name}`,
      ),
  };
}

export function createLocation(ctx: AppContext, actor: Actor, input: unknown): Promise<Location> {
  return ctx.db.transaction().execute((tx) => createLocationInTransaction(tx, ctx, actor, input));
}

export async function updateLocation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Location> {
  const changes = parseInput(updateLocationSchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const location = await manageableLocation(tx, actor, id);
    return conflictOnUnique(
      () => store.updateLocation(tx, location.id, changes),
      locationNameTaken(changes.name ?? location.name),
    );
  });
}

/** A location still named by a session stays: the session's learners were told to go there. */
export async function deleteLocation(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const location = await manageableLocation(tx, actor, id);
    const used = await store.sessionsAtLocation(tx, location.id);
    if (used > 0)
      throw new ConflictError(
        'location-in-use',
        'Location in use',
        `${used} session(s) take place at ${location.name}; move them to another location first.`,
      );
    await store.deleteLocation(tx, location.id);
  });
}

/** The instructors of the actor's provider (users with role instructor), for planning sessions. */
export async function listInstructors(ctx: AppContext, actor: Actor): Promise<User[]> {
  requireStaff(actor);
  return identity.listUsers(ctx, actor, { role: 'instructor' });
}
