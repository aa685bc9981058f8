/**
 * Who acts, in which role and language: the small shared kernel that the platform (the HTTP layer's
 * request.actor, idempotency keys per user, stored mail per provider) and every context use. The
 * identity context owns the users, sessions and tokens behind it and re-exports these from its
 * model (decision 0011: `platform/` imports no context).
 */

/** Persisted role codes (DESIGN: who uses it). */
export const ROLES = [
  'platform_admin',
  'planner',
  'administration',
  'finance',
  'instructor',
  'customer_admin',
  'learner',
  'trainer',
] as const;
export type Role = (typeof ROLES)[number];

export const PROVIDER_STAFF_ROLES: readonly Role[] = ['planner', 'administration', 'finance'];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Who is asking. Every service takes the actor and enforces the tenant itself: provider staff see
 * only their provider, a customer admin only their company, a learner only themself.
 */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  email: string;
  locale: Locale;
  /** The provider the user belongs to; null only for the platform admin. */
  providerId: string | null;
  /** The customer company of a customer admin or a learner employed by one; null otherwise. */
  customerId: string | null;
}

export function isProviderStaff(role: Role): boolean {
  return PROVIDER_STAFF_ROLES.includes(role);
}
