import type { Role } from './types.ts';

/**
 * The role codes as values. src/identity/model.ts has them too, but importing values from there
 * would pull zod into the bundle; the Record below makes a role added there a type error here.
 */
const EVERY_ROLE: Record<Role, true> = {
  platform_admin: true,
  planner: true,
  administration: true,
  finance: true,
  instructor: true,
  customer_admin: true,
  learner: true,
  trainer: true,
};

export const ALL_ROLES = Object.keys(EVERY_ROLE) as Role[];

/** Staff of a provider, and the platform admin who works across providers. */
export const STAFF_ROLES: readonly Role[] = ['platform_admin', 'planner', 'administration', 'finance'];
