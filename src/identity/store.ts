/** All SQL of the identity context. Scopes come from authorize.ts; this file only translates them. */
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import { compileOnce } from '../platform/db/compiled-query.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import type { CustomerScope, UserScope } from './authorize.ts';
import type {
  ApiToken,
  Customer,
  IdentityTables,
  Locale,
  Provider,
  Role,
  User,
  UserListQuery,
} from './model.ts';

type UserRow = Selectable<IdentityTables['users']>;
type CustomerRow = Selectable<IdentityTables['customers']>;
type ProviderRow = Selectable<IdentityTables['providers']>;
type TokenRow = Selectable<IdentityTables['api_tokens']>;

/** A user with the secret only the login needs; never leaves the identity context. */
export interface UserWithPassword extends User {
  passwordHash: string | null;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    providerId: row.provider_id,
    customerId: row.customer_id,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
  };
}

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    providerId: row.provider_id,
    name: row.name,
    chamberOfCommerceNumber: row.chamber_of_commerce_number,
    vatNumber: row.vat_number,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    billingEmail: row.billing_email,
    createdAt: row.created_at.toISOString(),
  };
}

function toProvider(row: ProviderRow): Provider {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    country: row.country,
    timeZone: row.time_zone,
    termsProviderId: row.terms_provider_id,
  };
}

function toToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

// ---- providers

export interface NewProvider {
  name: string;
  slug: string;
  country: Provider['country'];
  timeZone: string;
  termsProviderId: string;
}

export async function insertProvider(ex: Executor, p: NewProvider, at: Date): Promise<Provider> {
  const row = await ex
    .insertInto('providers')
    .values({
      name: p.name,
      slug: p.slug,
      country: p.country,
      time_zone: p.timeZone,
      terms_provider_id: p.termsProviderId,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProvider(row);
}

export async function findProviderById(ex: Executor, id: string): Promise<Provider | undefined> {
  const row = await ex.selectFrom('providers').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProvider(row);
}

export async function findProviderBySlug(ex: Executor, slug: string): Promise<Provider | undefined> {
  const row = await ex.selectFrom('providers').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toProvider(row);
}

export async function countProviders(ex: Executor): Promise<number> {
  const row = await ex
    .selectFrom('providers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteProvider(ex: Executor, id: string): Promise<void> {
  // Customers, users (with their sessions and tokens) and products go with it (on delete cascade).
  await ex.deleteFrom('providers').where('id', '=', id).execute();
}

// ---- customers

export interface NewCustomer {
  providerId: string;
  name: string;
  chamberOfCommerceNumber: string | null;
  vatNumber: string | null;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  billingEmail: string;
}

export async function insertCustomer(ex: Executor, c: NewCustomer, at: Date): Promise<Customer> {
  const row = await ex
    .insertInto('customers')
    .values({
      provider_id: c.providerId,
      name: c.name,
      chamber_of_commerce_number: c.chamberOfCommerceNumber,
      vat_number: c.vatNumber,
      street: c.street,
      postal_code: c.postalCode,
      city: c.city,
      country: c.country,
      billing_email: c.billingEmail,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCustomer(row);
}

export async function findCustomerById(ex: Executor, id: string): Promise<Customer | undefined> {
  const row = await ex.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCustomer(row);
}

export async function listCustomers(ex: Executor, scope: CustomerScope): Promise<Customer[]> {
  if (scope.kind === 'none') return [];
  let query = ex.selectFrom('customers').selectAll();
  if (scope.kind === 'provider') query = query.where('provider_id', '=', scope.providerId);
  if (scope.kind === 'customer') query = query.where('id', '=', scope.customerId);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map(toCustomer);
}

// ---- users

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  providerId: string | null;
  customerId: string | null;
  passwordHash: string | null;
}

export async function insertUser(ex: Executor, u: NewUser, at: Date): Promise<User> {
  const row = await ex
    .insertInto('users')
    .values({
      email: u.email,
      name: u.name,
      role: u.role,
      locale: u.locale,
      provider_id: u.providerId,
      customer_id: u.customerId,
      password_hash: u.passwordHash,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserById(ex: Executor, id: string): Promise<User | undefined> {
  const row = await ex.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(ex: Executor, email: string): Promise<UserWithPassword | undefined> {
  const row = await ex
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUserWithPasswordById(
  ex: Executor,
  id: string,
): Promise<UserWithPassword | undefined> {
  const row = await ex.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

function userScopeFilter(scope: UserScope) {
  return (eb: ExpressionBuilder<Database, 'users'>) => {
    switch (scope.kind) {
      case 'everyone':
        return eb.lit(true);
      case 'provider':
        return eb('provider_id', '=', scope.providerId);
      case 'customer':
        return eb.and([eb('provider_id', '=', scope.providerId), eb('customer_id', '=', scope.customerId)]);
      case 'self':
        return eb('id', '=', scope.userId);
    }
  };
}

export async function listUsers(ex: Executor, scope: UserScope, filter: UserListQuery): Promise<User[]> {
  let query = ex.selectFrom('users').selectAll().where(userScopeFilter(scope));
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', like), eb('email', 'ilike', like)]));
  }
  const rows = await query.orderBy('name').orderBy('id').limit(500).execute();
  return rows.map(toUser);
}

export interface UserChanges {
  name?: string;
  email?: string;
  role?: Role;
  locale?: Locale;
  customerId?: string | null;
  disabled?: boolean;
  passwordHash?: string;
}

export async function updateUser(ex: Executor, id: string, c: UserChanges, at: Date): Promise<User> {
  const row = await ex
    .updateTable('users')
    .set({
      ...(c.name !== undefined && { name: c.name }),
      ...(c.email !== undefined && { email: c.email }),
      ...(c.role !== undefined && { role: c.role }),
      ...(c.locale !== undefined && { locale: c.locale }),
      ...(c.customerId !== undefined && { customer_id: c.customerId }),
      ...(c.disabled !== undefined && { disabled: c.disabled }),
      ...(c.passwordHash !== undefined && { password_hash: c.passwordHash }),
      updated_at: at,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function deleteUsersByEmailDomain(ex: Executor, domain: string): Promise<void> {
  await ex
    .deleteFrom('users')
    .where(sql<string>`lower(email)`, 'like', `%@${domain.toLowerCase()}`)
    .execute();
}

// ---- web sessions

export interface SessionWithUser {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  user: User;
}

export async function insertSession(
  ex: Executor,
  s: { tokenHash: string; csrfToken: string; userId: string; at: Date; expiresAt: Date },
): Promise<void> {
  await ex
    .insertInto('web_sessions')
    .values({
      token_hash: s.tokenHash,
      csrf_token: s.csrfToken,
      user_id: s.userId,
      created_at: s.at,
      last_seen_at: s.at,
      expires_at: s.expiresAt,
    })
    .execute();
}

export async function findSessionByTokenHash(
  ex: Executor,
  tokenHash: string,
): Promise<SessionWithUser | undefined> {
  const row = await ex
    .selectFrom('web_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id as session_id', 's.csrf_token', 's.expires_at', 's.last_seen_at'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, csrf_token, expires_at, last_seen_at, ...user } = row;
  return {
    sessionId: session_id,
    csrfToken: csrf_token,
    expiresAt: expires_at,
    lastSeenAt: last_seen_at,
    user: toUser(user),
  };
}

export async function extendSession(ex: Executor, id: string, at: Date, expiresAt: Date): Promise<void> {
  await ex
    .updateTable('web_sessions')
    .set({ last_seen_at: at, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSessionByTokenHash(ex: Executor, tokenHash: string): Promise<void> {
  await ex.deleteFrom('web_sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionById(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('web_sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessionsOfUser(ex: Executor, userId: string, now: Date): Promise<void> {
  await ex.deleteFrom('web_sessions').where('user_id', '=', userId).where('expires_at', '<=', now).execute();
}

export async function deleteSessionsOfUser(ex: Executor, userId: string): Promise<void> {
  await ex.deleteFrom('web_sessions').where('user_id', '=', userId).execute();
}

/** Ends every session of the user but the one the change was made in. */
export async function deleteOtherSessionsOfUser(ex: Executor, userId: string, keep: string): Promise<void> {
  await ex.deleteFrom('web_sessions').where('user_id', '=', userId).where('id', '<>', keep).execute();
}

// ---- API tokens

export async function insertApiToken(
  ex: Executor,
  t: { tokenHash: string; prefix: string; name: string; userId: string; at: Date },
): Promise<ApiToken> {
  const row = await ex
    .insertInto('api_tokens')
    .values({
      token_hash: t.tokenHash,
      token_prefix: t.prefix,
      name: t.name,
      user_id: t.userId,
      created_at: t.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toToken(row);
}

/** Compiled once (platform/db/compiled-query.ts): every API request authenticated by a token runs it. */
const liveApiTokenQuery = compileOnce((ex, v: { tokenHash: string }) =>
  ex
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .selectAll('u')
    .select(['t.id as token_id', 't.last_used_at'])
    .where('t.token_hash', '=', v.tokenHash)
    .where('t.revoked_at', 'is', null),
);

export async function findLiveApiToken(
  ex: Executor,
  tokenHash: string,
): Promise<{ tokenId: string; lastUsedAt: Date | null; user: User } | undefined> {
  const [row] = (await liveApiTokenQuery(ex, { tokenHash })).rows;
  if (!row) return undefined;
  const { token_id, last_used_at, ...user } = row;
  return { tokenId: token_id, lastUsedAt: last_used_at, user: toUser(user) };
}

export async function markApiTokenUsed(ex: Executor, id: string, at: Date): Promise<void> {
  await ex.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function listApiTokens(ex: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await ex
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toToken);
}

/** Revokes one of the user's own tokens; false when the user has no such token. */
export async function revokeApiToken(ex: Executor, id: string, userId: string, at: Date): Promise<boolean> {
  const row = await ex
    .updateTable('api_tokens')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Revokes every live API token of the user. */
export async function revokeApiTokensOfUser(ex: Executor, userId: string, at: Date): Promise<void> {
  await ex
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

// ---- login throttle (rate limit)

/**
 * Counts one login attempt for an e-mail and client address and returns the count, in one statement:
 * the row lock of the upsert serialises parallel attempts, so each sees the count including every
 * attempt before it (issue 12, item 4). A window that started at or before `windowStart` begins
 * afresh with this attempt.
 */
export async function countLoginAttempt(
  ex: Executor,
  key: { email: string; ip: string },
  at: Date,
  windowStart: Date,
): Promise<{ attempts: number; windowStartedAt: Date }> {
  const expired = sql<boolean>`${sql.ref('login_throttle.window_started_at')} <= ${windowStart}::timestamptz`;
  const row = await ex
    .insertInto('login_throttle')
    .values({ email: key.email, ip: key.ip, attempts: 1, window_started_at: at })
    .onConflict((oc) =>
      oc.columns(['email', 'ip']).doUpdateSet({
        attempts: sql<number>`case when ${expired} then 1 else ${sql.ref('login_throttle.attempts')} + 1 end`,
        window_started_at: sql<Date>`case when ${expired} then ${at}::timestamptz else ${sql.ref('login_throttle.window_started_at')} end`,
      }),
    )
    .returning(['attempts', 'window_started_at'])
    .executeTakeFirstOrThrow();
  return { attempts: Number(row.attempts), windowStartedAt: new Date(row.window_started_at) };
}

export async function clearLoginAttempts(ex: Executor, key: { email: string; ip: string }): Promise<void> {
  await ex.deleteFrom('login_throttle').where('email', '=', key.email).where('ip', '=', key.ip).execute();
}

/** Forgets windows that ran out, so the table holds only addresses that failed recently. */
export async function pruneLoginThrottle(ex: Executor, windowStart: Date): Promise<void> {
  await ex.deleteFrom('login_throttle').where('window_started_at', '<=', windowStart).execute();
}
