/**
 * The one place that says who may see and manage which user and customer company (issue 2, item 5:
 * "provider staff see only their provider, a customer admin only their company, a learner only
 * themself"). Pure: services load the rows and ask; stores turn a scope into a WHERE clause.
 */
import { type Actor, isProviderStaff, type Role } from './model.ts';

/** Which users an actor may see. */
export type UserScope =
  | { kind: 'everyone' }
  | { kind: 'provider'; providerId: string }
  | { kind: 'customer'; providerId: string; customerId: string }
  | { kind: 'self'; userId: string };

/** Which customer companies an actor may see. */
export type CustomerScope =
  | { kind: 'everyone' }
  | { kind: 'provider'; providerId: string }
  | { kind: 'customer'; customerId: string }
  | { kind: 'none' };

/** The tenant facts of a user that visibility depends on. */
export interface UserTenancy {
  id: string;
  role: Role;
  providerId: string | null;
  customerId: string | null;
}

export function userScope(actor: Actor): UserScope {
  if (actor.role === 'platform_admin') return { kind: 'everyone' };
  if (isProviderStaff(actor.role) && actor.providerId)
    return { kind: 'provider', providerId: actor.providerId };
  if (actor.role === 'customer_admin' && actor.providerId && actor.customerId) {
    return { kind: 'customer', providerId: actor.providerId, customerId: actor.customerId };
  }
  // Learners, instructors and external trainers see only themselves; later issues widen the
  // instructor's view to the learners of their own sessions, through the delivery context.
  return { kind: 'self', userId: actor.userId };
}

export function customerScope(actor: Actor): CustomerScope {
  if (actor.role === 'platform_admin') return { kind: 'everyone' };
  if (isProviderStaff(actor.role) && actor.providerId)
    return { kind: 'provider', providerId: actor.providerId };
  if (actor.role === 'customer_admin' && actor.customerId)
    return { kind: 'customer', customerId: actor.customerId };
  return { kind: 'none' };
}

export function userInScope(scope: UserScope, user: UserTenancy): boolean {
  switch (scope.kind) {
    case 'everyone':
      return true;
    case 'provider':
      return user.providerId === scope.providerId;
    case 'customer':
      return user.providerId === scope.providerId && user.customerId === scope.customerId;
    case 'self':
      return user.id === scope.userId;
  }
}

export function customerInScope(scope: CustomerScope, customer: { id: string; providerId: string }): boolean {
  switch (scope.kind) {
    case 'everyone':
      return true;
    case 'provider':
      return customer.providerId === scope.providerId;
    case 'customer':
      return customer.id === scope.customerId;
    case 'none':
      return false;
  }
}

export function canSeeUser(actor: Actor, user: UserTenancy): boolean {
  return userInScope(userScope(actor), user);
}

export function canSeeCustomer(actor: Actor, customer: { id: string; providerId: string }): boolean {
  return customerInScope(customerScope(actor), customer);
}

/**
 * Whether the actor may create a user like this, or turn an existing user into one (both the user
 * before and after a change must pass): the platform admin anyone; provider staff anyone of their
 * own provider except a platform admin; a customer admin learners of their own company.
 */
export function canManageUser(actor: Actor, user: Omit<UserTenancy, 'id'>): boolean {
  if (actor.role === 'platform_admin') return true;
  if (isProviderStaff(actor.role)) {
    return (
      actor.providerId !== null && user.providerId === actor.providerId && user.role !== 'platform_admin'
    );
  }
  if (actor.role === 'customer_admin') {
    return (
      user.role === 'learner' &&
      actor.providerId !== null &&
      actor.customerId !== null &&
      user.providerId === actor.providerId &&
      user.customerId === actor.customerId
    );
  }
  return false;
}

/** Whether the actor may add a customer company to this provider. */
export function canCreateCustomer(actor: Actor, providerId: string): boolean {
  if (actor.role === 'platform_admin') return true;
  return isProviderStaff(actor.role) && actor.providerId === providerId;
}

/**
 * A user may change their own name and locale without being able to manage themself; their own
 * password only with the current one, at POST /api/me/password (src/identity/passwords.ts).
 */
export const SELF_EDITABLE_FIELDS = ['name', 'locale'] as const;
