import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import type { FieldError } from '../platform/errors.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { canManageUser, canSeeUser, SELF_EDITABLE_FIELDS, userScope } from './authorize.ts';
import { nowDate } from './dates.ts';
import {
  type Actor,
  createUserSchema,
  parseInput,
  type Role,
  type User,
  type UserListQuery,
  updateUserSchema,
  userListQuerySchema,
} from './model.ts';
import { revokeAccessAfterPasswordChange } from './passwords.ts';
import { hashPassword } from './secrets.ts';
import * as store from './store.ts';

/**
 * Users: list, read, create and change, each filtered through authorize.ts so a user of another
 * tenant is "not found".
 */

/**
 * A user or customer by id with no visibility check, for another context that has already decided
 * who may act (catalog: a session's instructor and customer). Pass the transaction when inside one.
 */
export function findUserById(ctx: AppContext, id: string, ex: Executor = ctx.db): Promise<User | undefined> {
  return store.findUserById(ex, id);
}

export async function listUsers(ctx: AppContext, actor: Actor, query: UserListQuery = {}): Promise<User[]> {
  return store.listUsers(ctx.db, userScope(actor), parseInput(userListQuerySchema, query));
}

export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  const user = await store.findUserById(ctx.db, id);
  if (!user || !canSeeUser(actor, user)) throw new NotFoundError('User');
  return user;
}

/** The tenant facts of a user must fit their role, and their company must belong to their provider. */
async function checkTenancy(
  ex: Executor,
  u: { role: Role; providerId: string | null; customerId: string | null },
): Promise<void> {
  const errors: FieldError[] = [];
  if (u.role === 'platform_admin') {
    if (u.providerId) errors.push({ path: 'providerId', message: 'a platform admin belongs to no provider' });
    if (u.customerId) errors.push({ path: 'customerId', message: 'a platform admin belongs to no company' });
  } else {
    if (!u.providerId) errors.push({ path: 'providerId', message: `a ${u.role} must belong to a provider` });
    else if (!(await store.findProviderById(ex, u.providerId))) {
      errors.push({ path: 'providerId', message: 'no such provider' });
    }
    if (u.role === 'customer_admin' && !u.customerId) {
      errors.push({ path: 'customerId', message: 'a customer admin must belong to a customer company' });
    }
    if (u.customerId && u.role !== 'customer_admin' && u.role !== 'learner') {
      errors.push({
        path: 'customerId',
        message: 'only a customer admin or a learner works for a customer company',
      });
    }
    if (u.customerId && u.providerId && errors.length === 0) {
      const customer = await store.findCustomerById(ex, u.customerId);
      if (!customer || customer.providerId !== u.providerId) {
        errors.push({ path: 'customerId', message: 'no such customer company at this provider' });
      }
    }
  }
  if (errors.length > 0) throw new ValidationError(errors);
}

function emailTaken(email: string): ConflictError {
  return new ConflictError(
    'email-taken',
    'E-mail address in use',
    `There is already a user with e-mail ${email}.`,
  );
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

interface PreparedUser {
  user: store.NewUser;
}

/** Parses, fills in the actor's own tenant, authorizes and hashes: all that needs no database. */
async function prepareUser(actor: Actor | null, input: unknown): Promise<PreparedUser> {
  const parsed = parseInput(createUserSchema, input);
  // Staff and customer admins create users in their own tenant unless they say otherwise.
  let providerId = parsed.providerId;
  if (providerId === undefined)
    providerId = parsed.role === 'platform_admin' ? null : (actor?.providerId ?? null);
  let customerId = parsed.customerId;
  if (customerId === undefined) {
    customerId = actor?.role === 'customer_admin' && parsed.role === 'learner' ? actor.customerId : null;
  }
  if (actor && !canManageUser(actor, { role: parsed.role, providerId, customerId })) {
    throw new ForbiddenError(
      actor.role === 'customer_admin'
        ? 'A customer admin may add learners to their own company only.'
        : 'You may not create this user.',
    );
  }
  const passwordHash = parsed.password ? await hashPassword(parsed.password) : null;
  return {
    user: {
      email: parsed.email,
      name: parsed.name,
      role: parsed.role,
      locale: parsed.locale,
      providerId,
      customerId,
      passwordHash,
    },
  };
}

async function insertPreparedUser(tx: Tx, ctx: AppContext, { user }: PreparedUser): Promise<User> {
  await checkTenancy(tx, user);
  if (await store.findUserByEmail(tx, user.email)) throw emailTaken(user.email);
  return store.insertUser(tx, user, nowDate(ctx));
}

/**
 * Creates a user on behalf of an actor (who may create whom: authorize.ts canManageUser) or, with
 * actor null, on behalf of the operator at the command line or the demo seed.
 */
export async function createUser(ctx: AppContext, actor: Actor | null, input: unknown): Promise<User> {
  const prepared = await prepareUser(actor, input);
  try {
    return await ctx.db.transaction().execute((tx) => insertPreparedUser(tx, ctx, prepared));
  } catch (error) {
    // Two requests for one e-mail at once: the unique index decides, and the loser hears why.
    if (isUniqueViolation(error)) throw emailTaken(prepared.user.email);
    throw error;
  }
}

/** createUser inside the caller's transaction (the demo seed writes everything or nothing). */
export async function createUserInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  input: unknown,
): Promise<User> {
  return insertPreparedUser(tx, ctx, await prepareUser(actor, input));
}

/**
 * Changes a user. Who may manage the user (before and after the change) may change anything, and
 * may reset the password of someone else; a user may change their own name and locale, and their own
 * password only at POST /api/me/password; anyone else who can see the user is refused.
 */
export async function updateUser(ctx: AppContext, actor: Actor, id: string, input: unknown): Promise<User> {
  const patch = parseInput(updateUserSchema, input);
  const target = await getUser(ctx, actor, id);
  const after = {
    role: patch.role ?? target.role,
    providerId: target.providerId,
    customerId: patch.customerId !== undefined ? patch.customerId : target.customerId,
  };
  const manages = canManageUser(actor, target) && canManageUser(actor, after);
  const self = actor.userId === id;
  if (self && patch.password !== undefined) {
    // One's own password only with the current one (issue 12, item 5; ASVS 2.1.5).
    throw new ValidationError([
      {
        path: 'password',
        message: 'change your own password with POST /api/me/password, giving your current password',
      },
    ]);
  }
  const onlySelfFields = Object.keys(patch).every((k) =>
    (SELF_EDITABLE_FIELDS as readonly string[]).includes(k),
  );
  if (!manages && !(self && onlySelfFields)) {
    throw new ForbiddenError(
      self ? 'You may change only your own name and language.' : 'You may not change this user.',
    );
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      if (patch.role !== undefined || patch.customerId !== undefined) await checkTenancy(tx, after);
      if (patch.email && patch.email !== target.email) {
        const other = await store.findUserByEmail(tx, patch.email);
        if (other && other.id !== id) throw emailTaken(patch.email);
      }
      const { password: _, ...rest } = patch;
      const updated = await store.updateUser(
        tx,
        id,
        { ...rest, ...(passwordHash && { passwordHash }) },
        nowDate(ctx),
      );
      // A disabled account ends the sessions that were open; a password someone else reset ends
      // them too and revokes the user's API tokens (issue 12, item 5).
      if (passwordHash) await revokeAccessAfterPasswordChange(tx, id, null, nowDate(ctx));
      else if (patch.disabled === true) await store.deleteSessionsOfUser(tx, id);
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error) && patch.email) throw emailTaken(patch.email);
    throw error;
  }
}
