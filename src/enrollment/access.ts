/** Who sees which enrollment and session (hidden is "not found"), and an enrollment as the API shows it. */
import type { Actor } from '../identity/model.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { NotFoundError } from '../platform/errors.ts';
import { canSeeEnrollment, canSeeSession } from './rules.ts';
import type { EnrollmentView } from './schemas.ts';
import * as store from './store.ts';

/** The clock's now as a Date, as the database stores it. */
/** The clock's now as a Date, as the database stores it. */
export const nowOf = (ctx: AppContext) => new Date(ctx.clock.now().epochMilliseconds);

/**
 * The enrollment if the actor may see it (learner: own; customer admin: own company; provider staff:
 * own provider; platform admin: all); NotFoundError otherwise, so its existence is not revealed.
 */
export async function loadVisibleEnrollment(
  _ctx: AppContext,
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<store.Enrollment> {
  const enrollment = await store.findEnrollment(ex, id);
  if (!enrollment || !canSeeEnrollment(actor, enrollment)) throw new NotFoundError('Enrollment');
  return enrollment;
}

export function toView(e: store.Enrollment): EnrollmentView {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: e.id,
    providerId: e.providerId,
    sessionId: e.sessionId,
    learnerId: e.learnerId,
    customerId: e.customerId,
    purchaseOrderRef: e.purchaseOrderRef,
    enrolledBy: e.enrolledBy,
    source: e.source,
    status: e.status,
    waitlistedAt: iso(e.waitlistedAt),
    offerExpiresAt: iso(e.offerExpiresAt),
    termsKey: e.termsKey,
    termsVersion: e.termsVersion,
    termsAcceptedBy: e.termsAcceptedBy,
    termsAcceptedAt: e.termsAcceptedAt.toISOString(),
    priceCents: e.priceCents,
    previouslyRescheduled: e.previouslyRescheduled,
    movedFrom: e.movedFrom,
    movedTo: e.movedTo,
    createdAt: e.createdAt.toISOString(),
    confirmedAt: iso(e.confirmedAt),
    endedAt: iso(e.endedAt),
  };
}

export async function visibleSession(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  options: { liveFor?: string } = {},
) {
  const session = await store.findSessionForEnrollment(ctx.db, sessionId, options);
  if (!session || !canSeeSession(actor, session)) throw new NotFoundError('Session');
  return session;
}
