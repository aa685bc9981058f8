/** Tables owned by the identity context: providers, customer companies, users, sessions, tokens. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the identity context
export interface IdentityTables {}

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

/**
 * Who is asking. Every service takes the actor and enforces the tenant itself: provider staff see
 * only their provider, a customer admin only their company, a learner only themself.
 */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  email: string;
  locale: 'nl' | 'en';
  /** The provider the user belongs to; null only for the platform admin. */
  providerId: string | null;
  /** The customer company of a customer admin or a learner employed by one; null otherwise. */
  customerId: string | null;
}
