/**
 * Identity use cases: log in and out, resolve who is asking, API tokens, users and customer
 * companies. Every read and write is filtered through authorize.ts, so the tenant is enforced here
 * and not in the routes (issue 2, item 5). A record the actor may not see answers "not found", so
 * ids of other tenants do not leak.
 *
 * Each use case has its own file beside this one; this file is the context's public face, which other
 * contexts import (DESIGN "Layout": a context uses another only through its service.ts or model.ts).
 */
export {
  createCustomer,
  createCustomerInTransaction,
  findCustomerById,
  getCustomer,
  listCustomers,
} from './customers.ts';
export {
  InvalidCredentialsError,
  LOGIN_LIMIT,
  type LoginResult,
  LoginThrottledError,
  login,
  logout,
} from './login.ts';
export { type Me, me } from './me.ts';
export {
  type CliUserInput,
  countProviders,
  createUserAsOperator,
  deleteProviderAndDomainUsers,
} from './operator.ts';
export { changeOwnPassword } from './passwords.ts';
export { createProvider, findProviderById, findProviderBySlug } from './providers.ts';
export { actorOf, authenticateSession, SESSION_IDLE_HOURS, type SessionAuth } from './sessions.ts';
export { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from './tokens.ts';
export {
  createUser,
  createUserInTransaction,
  findUserById,
  getUser,
  listUsers,
  updateUser,
} from './users.ts';
