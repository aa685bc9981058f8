import { type Actor, isProviderStaff } from '../identity/model.ts';
import { ForbiddenError, NotFoundError } from '../platform/errors.ts';
import { BUILT_IN_PROVIDERS } from '../terms/index.ts';
import type * as store from './store.ts';

/**
 * Who may see and change which terms: built-ins are visible to every logged-in user; a provider's own
 * terms only to its staff and the platform admin, and to everyone else they answer "not found".
 */

/** Null: the operator at the command line, or another context's use case (see above). */
export type Viewer = Actor | null;

export function isBuiltIn(key: string): boolean {
  return (BUILT_IN_PROVIDERS as readonly string[]).includes(key);
}

/** Staff of the owning provider and the platform admin see and edit a provider's own terms. */
export function canManageTermsOf(viewer: Viewer, ownerProviderId: string): boolean {
  if (viewer === null || viewer.role === 'platform_admin') return true;
  return isProviderStaff(viewer.role) && viewer.providerId === ownerProviderId;
}

export function requireTermsEditor(actor: Actor): void {
  if (actor.role === 'platform_admin' || isProviderStaff(actor.role)) return;
  throw new ForbiddenError(
    "Only a provider's planner, administration or finance staff, or the platform admin, may change terms.",
  );
}

export function storedScope(viewer: Viewer): store.TermsOwnerScope {
  if (viewer === null || viewer.role === 'platform_admin') return { kind: 'everyone' };
  if (isProviderStaff(viewer.role) && viewer.providerId)
    return { kind: 'provider', providerId: viewer.providerId };
  return { kind: 'none' };
}

export function termsNotFound(key: string): NotFoundError {
  return new NotFoundError(`Terms '${key}'`);
}
