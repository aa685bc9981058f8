/**
 * Identity use cases: log in and out, resolve who is asking, API tokens, users and customer
 * companies. Every read and write is filtered through authorize.ts, so the tenant is enforced here
 * and not in the routes (issue 2, item 5). A record the actor may not see answers "not found", so
 * ids of other tenants do not leak.
 */
import { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import type { FieldError } from '../platform/errors.ts';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../platform/errors.ts';
import {
  canCreateCustomer,
  canManageUser,
  canSeeCustomer,
  canSeeUser,
  customerScope,
  SELF_EDITABLE_FIELDS,
  userScope,
} from './authorize.ts';
import {
  type Actor,
  type ApiToken,
  type Customer,
  createCustomerSchema,
  createProviderSchema,
  createTokenSchema,
  createUserSchema,
  loginBodySchema,
  type Provider,
  parseInput,
  type Role,
  type User,
  type UserListQuery,
  updateUserSchema,
  userListQuerySchema,
} from './model.ts';
import {
  hashPassword,
  hashSecret,
  newApiToken,
  newSecret,
  verifyAgainstNothing,
  verifyPassword,
} from './secrets.ts';
import * as store from './store.ts';

/** A web session lives this long after its last use (sliding expiry). */
export const SESSION_IDLE_HOURS = 12 * 24;
/** The expiry is pushed forward at most once a minute, so a busy page does not write on every call. */
const SESSION_TOUCH_SECONDS = 60;

/**
 * Login throttling: at most 10 failed attempts per e-mail and client address in 15 minutes. PlusPort
 * general terms 14.16 allow throttling; it also makes guessing a password impractical.
 */
export const LOGIN_LIMIT = { failures: 10, windowMinutes: 15 } as const;

export class LoginThrottledError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'too-many-login-attempts',
      'Too many login attempts',
      `Too many failed logins for this e-mail address. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(
      401,
      'invalid-credentials',
      'Wrong e-mail or password',
      'The e-mail address or the password is wrong.',
    );
  }
}

function nowDate(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}

function plus(at: Date, duration: Temporal.DurationLike): Date {
  return new Date(Temporal.Instant.fromEpochMilliseconds(at.getTime()).add(duration).epochMilliseconds);
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: user.locale,
    providerId: user.providerId,
    customerId: user.customerId,
  };
}

// ---- login, sessions, tokens

export interface LoginResult {
  user: User;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function login(ctx: AppContext, input: unknown, clientIp: string): Promise<LoginResult> {
  const { email, password } = parseInput(loginBodySchema, input);
  const at = nowDate(ctx);
  const windowStart = plus(at, { minutes: -LOGIN_LIMIT.windowMinutes });
  const recent = await store.countLoginFailures(ctx.db, email, clientIp, windowStart);
  if (recent.count >= LOGIN_LIMIT.failures) {
    const freeAt = plus(recent.oldest ?? at, { minutes: LOGIN_LIMIT.windowMinutes });
    throw new LoginThrottledError(Math.max(1, Math.ceil((freeAt.getTime() - at.getTime()) / 1000)));
  }
  const user = await store.findUserByEmail(ctx.db, email);
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstNothing(password);
  if (!user || !ok || user.disabled) {
    await ctx.db.transaction().execute(async (tx) => {
      await store.pruneLoginFailures(tx, windowStart);
      await store.recordLoginFailure(tx, email, clientIp, at);
    });
    throw new InvalidCredentialsError();
  }
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = plus(at, { hours: SESSION_IDLE_HOURS });
  await ctx.db.transaction().execute(async (tx) => {
    await store.clearLoginFailures(tx, email, clientIp);
    // Sessions that ran out without a logout are tidied away when their user comes back.
    await store.deleteExpiredSessionsOfUser(tx, user.id, at);
    await store.insertSession(tx, {
      tokenHash: hashSecret(sessionToken),
      csrfToken,
      userId: user.id,
      at,
      expiresAt,
    });
  });
  const { passwordHash: _, ...visible } = user;
  return { user: visible, sessionToken, csrfToken, expiresAt };
}

export async function logout(ctx: AppContext, sessionToken: string): Promise<void> {
  await store.deleteSessionByTokenHash(ctx.db, hashSecret(sessionToken));
}

export interface SessionAuth {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  /** Set when the expiry moved forward, so the cookie should be sent again with the new expiry. */
  renewedUntil: Date | null;
}

/** The live session a cookie names, sliding its expiry forward; null when there is none. */
export async function authenticateSession(
  ctx: AppContext,
  sessionToken: string,
): Promise<SessionAuth | null> {
  const session = await store.findSessionByTokenHash(ctx.db, hashSecret(sessionToken));
  if (!session) return null;
  const at = nowDate(ctx);
  if (session.expiresAt <= at || session.user.disabled) {
    await store.deleteSessionById(ctx.db, session.sessionId);
    return null;
  }
  let renewedUntil: Date | null = null;
  if (at.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_SECONDS * 1000) {
    renewedUntil = plus(at, { hours: SESSION_IDLE_HOURS });
    await store.extendSession(ctx.db, session.sessionId, at, renewedUntil);
  }
  return {
    actor: actorOf(session.user),
    sessionId: session.sessionId,
    csrfToken: session.csrfToken,
    renewedUntil,
  };
}

/** The user an API token belongs to; null when the token is unknown, revoked, or its user disabled. */
export async function authenticateApiToken(
  ctx: AppContext,
  token: string,
): Promise<{ actor: Actor; tokenId: string } | null> {
  const found = await store.findLiveApiToken(ctx.db, hashSecret(token));
  if (!found || found.user.disabled) return null;
  const at = nowDate(ctx);
  if (!found.lastUsedAt || at.getTime() - found.lastUsedAt.getTime() >= SESSION_TOUCH_SECONDS * 1000) {
    await store.markApiTokenUsed(ctx.db, found.tokenId, at);
  }
  return { actor: actorOf(found.user), tokenId: found.tokenId };
}

export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<ApiToken & { token: string }> {
  const { name } = parseInput(createTokenSchema, input);
  const token = newApiToken();
  const created = await store.insertApiToken(ctx.db, {
    tokenHash: hashSecret(token),
    prefix: token.slice(0, 12),
    name,
    userId: actor.userId,
    at: nowDate(ctx),
  });
  return { ...created, token };
}

export function listApiTokens(ctx: AppContext, actor: Actor): Promise<ApiToken[]> {
  return store.listApiTokens(ctx.db, actor.userId);
}

/** Revokes one of the actor's own tokens; someone else's token is "not found". */
export async function revokeApiToken(ctx: AppContext, actor: Actor, tokenId: string): Promise<void> {
  if (!(await store.revokeApiToken(ctx.db, tokenId, actor.userId, nowDate(ctx)))) {
    throw new NotFoundError('API token');
  }
}

// ---- who am I

export interface Me {
  user: User;
  provider: Provider | null;
  customer: Customer | null;
}

export async function me(ctx: AppContext, actor: Actor): Promise<Me> {
  const user = await store.findUserById(ctx.db, actor.userId);
  if (!user) throw new NotFoundError('User');
  const provider = user.providerId ? ((await store.findProviderById(ctx.db, user.providerId)) ?? null) : null;
  const customer = user.customerId ? ((await store.findCustomerById(ctx.db, user.customerId)) ?? null) : null;
  return { user, provider, customer };
}

// ---- providers

/** Pass the transaction when inside one: the embedded database has a single connection. */
export function findProviderBySlug(
  ctx: AppContext,
  slug: string,
  ex: Executor = ctx.db,
): Promise<Provider | undefined> {
  return store.findProviderBySlug(ex, slug);
}

export function findProviderById(
  ctx: AppContext,
  id: string,
  ex: Executor = ctx.db,
): Promise<Provider | undefined> {
  return store.findProviderById(ex, id);
}

/**
 * A user or customer by id with no visibility check, for another context that has already decided
 * who may act (catalog: a session's instructor and customer). Pass the transaction when inside one.
 */
export function findUserById(ctx: AppContext, id: string, ex: Executor = ctx.db): Promise<User | undefined> {
  return store.findUserById(ex, id);
}

export function findCustomerById(
  ctx: AppContext,
  id: string,
  ex: Executor = ctx.db,
): Promise<Customer | undefined> {
  return store.findCustomerById(ex, id);
}

/** Creates a provider. Only the operator (CLI, demo seed) does this for now; no HTTP route yet. */
export async function createProvider(ctx: AppContext, ex: Executor, input: unknown): Promise<Provider> {
  const p = parseInput(createProviderSchema, input);
  if (await store.findProviderBySlug(ex, p.slug)) {
    throw new ConflictError('slug-taken', 'Slug already in use', `A provider with slug ${p.slug} exists.`);
  }
  return store.insertProvider(ex, p, nowDate(ctx));
}

// ---- users

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
 * Changes a user. Who may manage the user (before and after the change) may change anything; a
 * user may change their own name, locale and password; anyone else who can see the user is refused.
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
  const onlySelfFields = Object.keys(patch).every((k) =>
    (SELF_EDITABLE_FIELDS as readonly string[]).includes(k),
  );
  if (!manages && !(self && onlySelfFields)) {
    throw new ForbiddenError(
      self ? 'You may change only your own name, language and password.' : 'You may not change this user.',
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
      // A disabled account, or a password someone else reset, ends the sessions that were open.
      if (patch.disabled === true || (passwordHash && !self)) await store.deleteSessionsOfUser(tx, id);
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error) && patch.email) throw emailTaken(patch.email);
    throw error;
  }
}

// ---- customer companies

export function listCustomers(ctx: AppContext, actor: Actor): Promise<Customer[]> {
  return store.listCustomers(ctx.db, customerScope(actor));
}

export async function getCustomer(ctx: AppContext, actor: Actor, id: string): Promise<Customer> {
  const customer = await store.findCustomerById(ctx.db, id);
  if (!customer || !canSeeCustomer(actor, customer)) throw new NotFoundError('Customer');
  return customer;
}

/** Adds a customer company; actor null is the operator (demo seed). */
export function createCustomer(ctx: AppContext, actor: Actor | null, input: unknown): Promise<Customer> {
  return ctx.db.transaction().execute((tx) => createCustomerInTransaction(tx, ctx, actor, input));
}

export async function createCustomerInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  input: unknown,
): Promise<Customer> {
  const parsed = parseInput(createCustomerSchema, input);
  const providerId = parsed.providerId ?? actor?.providerId;
  if (!providerId) {
    throw new ValidationError([
      { path: 'providerId', message: 'say which provider the company is a customer of' },
    ]);
  }
  if (actor && !canCreateCustomer(actor, providerId)) {
    throw new ForbiddenError('Only staff of the provider may add its customer companies.');
  }
  if (!(await store.findProviderById(tx, providerId))) {
    throw new ValidationError([{ path: 'providerId', message: 'no such provider' }]);
  }
  return store.insertCustomer(
    tx,
    {
      providerId,
      name: parsed.name,
      chamberOfCommerceNumber: parsed.chamberOfCommerceNumber ?? null,
      vatNumber: parsed.vatNumber ?? null,
      street: parsed.street,
      postalCode: parsed.postalCode,
      city: parsed.city,
      country: parsed.country,
      billingEmail: parsed.billingEmail,
    },
    nowDate(ctx),
  );
}

// ---- operator use cases (CLI)

export interface CliUserInput {
  email: string;
  name: string;
  role: string;
  providerSlug?: string | undefined;
  customerId?: string | undefined;
  locale?: string | undefined;
  password: string;
}

/** `klasse user create`: the operator names the provider by its slug. */
export async function createUserAsOperator(ctx: AppContext, input: CliUserInput): Promise<User> {
  let providerId: string | null = null;
  if (input.providerSlug !== undefined) {
    const provider = await store.findProviderBySlug(ctx.db, input.providerSlug);
    if (!provider)
      throw new ValidationError([
        { path: 'provider', message: `no provider with slug ${input.providerSlug}` },
      ]);
    providerId = provider.id;
  }
  return createUser(ctx, null, {
    email: input.email,
    name: input.name,
    // The schema names a bad role with the list of good ones.
    role: input.role,
    providerId,
    customerId: input.customerId ?? null,
    locale: input.locale,
    password: input.password,
  });
}

// ---- used by the demo seed

export function countProviders(ex: Executor): Promise<number> {
  return store.countProviders(ex);
}

/** Removes a provider with its customers, users and products, and the users of an e-mail domain. */
export async function deleteProviderAndDomainUsers(
  ex: Executor,
  providerId: string | null,
  emailDomain: string,
) {
  if (providerId) await store.deleteProvider(ex, providerId);
  await store.deleteUsersByEmailDomain(ex, emailDomain);
}
