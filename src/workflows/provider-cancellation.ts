/**
 * The provider cancels a session for too few participants or a missing instructor (
 * plusport-cursusvoorwaarden#15.1, ingenium-leveringsvoorwaarden#25.1, vapro-leverings-en-betalingsvoorwaarden#15.1-15.2, sparse-algemene-voorwaarden#59.3). A flow across two contexts, so it lives here
 * (DESIGN, "Where the layout goes next"): the go/no-go view shows staff the seats booked against the
 * minimum with the catalog's go / no-go (the last day to tell the customers: vapro-leverings-en-betalingsvoorwaarden#15.2, five working
 * days before the start, reading provider-notice), the alternative sessions, and what each enrollment
 * would get back; the cancel sets the session to cancelled in the catalog and releases every
 * enrollment with its refund on the ledger and a mail to each learner, in one transaction.
 */
import type { SessionWithProduct } from '../catalog/model.ts';
import * as catalog from '../catalog/service.ts';
import { type SessionCancelResult, sessionCancelBodySchema } from '../enrollment/changes/model.ts';
import * as enrollment from '../enrollment/service.ts';
import { type Actor, parseInput } from '../identity/model.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { GoNoGoView } from './model.ts';

function nowOf(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}

/** The session if the actor is its provider's staff; "not found" to anyone else. */
async function staffSession(
  ctx: AppContext,
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<SessionWithProduct> {
  const offering = await catalog.getSessionWithProduct(ctx, ex, id);
  if (!offering || !catalog.canManageCatalog(actor, offering.session.providerId))
    throw new NotFoundError('Session');
  return offering;
}

export async function goNoGoView(ctx: AppContext, actor: Actor, sessionId: string): Promise<GoNoGoView> {
  const at = nowOf(ctx);
  const offering = await staffSession(ctx, ctx.db, actor, sessionId);
  const { session } = offering;
  const goNoGo = await catalog.sessionGoNoGo(ctx, ctx.db, session);
  const release = await enrollment.previewSessionRelease(ctx, ctx.db, offering, at);
  const alternatives = await catalog.listAlternativeSessions(ctx, ctx.db, sessionId);
  return {
    sessionId: session.id,
    code: session.code,
    startsAt: session.startsAt,
    status: session.status,
    capacity: session.capacity,
    booked: session.booked,
    minParticipants: session.minParticipants,
    goNoGo,
    ...release,
    alternatives: alternatives.map((s) => ({
      id: s.id,
      code: s.code,
      startsAt: s.startsAt,
      seatsLeft: s.seatsLeft,
    })),
  };
}

export async function cancelSession(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  input: unknown,
): Promise<SessionCancelResult> {
  const body = parseInput(sessionCancelBodySchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const at = nowOf(ctx);
    const offering = await staffSession(ctx, tx, actor, sessionId);
    // Alternatives are read while the session is still open (the same product, later, seats left).
    const alternatives = await catalog.listAlternativeSessions(ctx, tx, sessionId);
    // Locks the session row and refuses one already cancelled or completed (409).
    await catalog.cancelSessionInTransaction(tx, sessionId, body.reason);
    const outcome = await enrollment.releaseSessionEnrollments(ctx, tx, {
      actor,
      offering,
      reason: body.reason,
      alternatives,
      previewedRefundCents: body.previewedRefundCents,
      at,
    });
    return { sessionId, status: 'cancelled', reason: body.reason, ...outcome };
  });
}
