/**
 * Enrollment rules without I/O: who may see or enroll whom, whether a session takes enrollments,
 * and how a course fee splits into ledger lines.
 */
import type { VatCode } from '../catalog/model.ts';
import { type Actor, isProviderStaff } from '../identity/model.ts';
import { percentOf } from '../money/index.ts';
import type { Enrollment, EnrollmentScope, SessionForEnrollment } from './store.ts';

/** Learner: own; customer admin: own company; provider staff: own provider; platform admin: all. */
export function enrollmentScope(actor: Actor): EnrollmentScope | null {
  if (actor.role === 'platform_admin') return { kind: 'everyone' };
  if (isProviderStaff(actor.role) && actor.providerId)
    return { kind: 'provider', providerId: actor.providerId };
  if (actor.role === 'customer_admin' && actor.providerId && actor.customerId)
    return { kind: 'customer', providerId: actor.providerId, customerId: actor.customerId };
  if (actor.role === 'learner') return { kind: 'learner', learnerId: actor.userId };
  return null;
}

export function canSeeEnrollment(
  actor: Actor,
  e: Pick<Enrollment, 'providerId' | 'customerId' | 'learnerId'>,
) {
  const scope = enrollmentScope(actor);
  if (!scope) return false;
  switch (scope.kind) {
    case 'everyone':
      return true;
    case 'provider':
      return e.providerId === scope.providerId;
    case 'customer':
      return e.providerId === scope.providerId && e.customerId === scope.customerId;
    case 'learner':
      return e.learnerId === scope.learnerId;
  }
}

/** Staff of the provider (and the platform admin) approve, reject and read waiting lists. */
export function canManageEnrollments(actor: Actor, providerId: string): boolean {
  if (actor.role === 'platform_admin') return true;
  return isProviderStaff(actor.role) && actor.providerId === providerId;
}

/**
 * Whether the actor may see the session at all: its provider's people, and for a closed group
 * session (plusport-cursusvoorwaarden#14.7) only staff and that customer's people. Others get "not found".
 */
export function canSeeSession(actor: Actor, session: SessionForEnrollment): boolean {
  if (actor.role === 'platform_admin') return true;
  if (actor.providerId !== session.providerId) return false;
  if (isProviderStaff(actor.role)) return true;
  if (!session.product.published) return false;
  if (session.kind !== 'open') return actor.customerId !== null && actor.customerId === session.customerId;
  return true;
}

/** Why a session takes no enrollment now, or null when it does. */
export function closedReason(session: SessionForEnrollment, now: Date): string | null {
  if (session.status === 'cancelled') return 'The session was cancelled.';
  if (session.status === 'completed') return 'The session has taken place.';
  if (session.startsAt.getTime() <= now.getTime()) return 'The session has already started.';
  if (session.registrationDeadline && session.registrationDeadline.getTime() < now.getTime())
    return `The registration deadline (${session.registrationDeadline.toISOString()}) has passed.`;
  return null;
}

export interface FeePart {
  description: string;
  vatCode: VatCode;
  priceCents: number;
}

/**
 * Splits a price over parts in proportion to their list prices (largest remainder, so the parts
 * add up to the price exactly): a package is invoiced per component with each one's VAT code
 * (migration 0006: package_components), also when the session or a group discount changes the total.
 */
export function splitPrice(total: number, parts: readonly FeePart[]): FeePart[] {
  const listTotal = parts.reduce((sum, p) => sum + p.priceCents, 0);
  if (parts.length === 0) return [];
  if (listTotal === total) return parts.map((p) => ({ ...p }));
  if (listTotal === 0) {
    return parts.map((p, i) => ({ ...p, priceCents: i === 0 ? total : 0 }));
  }
  // Integer shares with BigInt (DESIGN: never a float for an amount), remainders to the largest.
  const shares = parts.map((p, i) => {
    const numerator = BigInt(p.priceCents) * BigInt(total);
    return { i, floor: Number(numerator / BigInt(listTotal)), rest: numerator % BigInt(listTotal) };
  });
  const floors = shares.map((s) => s.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = [...shares].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return parts.map((p, i) => ({ ...p, priceCents: floors[i] ?? 0 }));
}

/** The price per participant after a group discount rate in basis points (ingenium-leveringsvoorwaarden#3.5). */
export function discountedPrice(priceCents: number, basisPoints: number): number {
  return priceCents - percentOf(priceCents, basisPoints);
}
