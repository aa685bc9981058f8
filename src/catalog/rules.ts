/** Who may see and change which products. Pure; the service loads the rows and asks. */
import { type Actor, isProviderStaff } from '../identity/model.ts';
import type { Product } from './model.ts';

/** Provider staff keep their own provider's catalog; the platform admin any provider's. */
export function canManageCatalog(actor: Actor | null, providerId: string): boolean {
  if (!actor) return false;
  if (actor.role === 'platform_admin') return true;
  return isProviderStaff(actor.role) && actor.providerId === providerId;
}

/**
 * Whose unpublished products an actor may see next to every provider's published ones: the platform
 * admin all, provider staff their own provider's, anyone else (also visitors) none.
 */
export function unpublishedVisibleTo(actor: Actor | null): string | 'all' | null {
  if (!actor) return null;
  if (actor.role === 'platform_admin') return 'all';
  if (isProviderStaff(actor.role) && actor.providerId) return actor.providerId;
  return null;
}

export function canSeeProduct(
  actor: Actor | null,
  product: Pick<Product, 'published' | 'providerId'>,
): boolean {
  return product.published || canManageCatalog(actor, product.providerId);
}
