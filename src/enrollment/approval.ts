/** Staff approve or reject an enrollment pending approval; a learner accepts or declines an offered seat. */
import type { Actor } from '../identity/model.ts';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../platform/errors.ts';
import { nowOf, toView } from './access.ts';
import { pricingOf, recordConfirmation } from './confirmation.ts';
import { canManageEnrollments, canSeeEnrollment } from './rules.ts';
import type { EnrollmentView } from './schemas.ts';
import { releaseSeat } from './seats.ts';
import * as store from './store.ts';

async function withLockedEnrollment<T>(
  ctx: AppContext,
  actor: Actor,
  id: string,
  run: (tx: Tx, enrollment: store.Enrollment, session: store.SessionForEnrollment, now: Date) => Promise<T>,
): Promise<T> {
  const now = nowOf(ctx);
  return ctx.db.transaction().execute(async (tx) => {
    const enrollment = await store.getEnrollmentForUpdate(tx, id);
    if (!enrollment || !canSeeEnrollment(actor, enrollment)) throw new NotFoundError('Enrollment');
    const session = await store.findSessionForEnrollment(tx, enrollment.sessionId);
    if (!session) throw new NotFoundError('Session');
    return run(tx, enrollment, session, now);
  });
}

function wrongStatus(enrollment: store.Enrollment, wanted: string): ConflictError {
  return new ConflictError(
    'enrollment-status',
    'Not possible in this status',
    `The enrollment is ${enrollment.status.replace('_', ' ')}; this needs it to be ${wanted}.`,
  );
}

async function learnerOf(tx: Tx, enrollment: store.Enrollment): Promise<store.LearnerRow> {
  const [learner] = await store.findUsers(tx, [enrollment.learnerId]);
  if (!learner) throw new NotFoundError('Learner');
  return learner;
}

/** Staff confirm an enrollment pending approval (plusport-cursusvoorwaarden#3.3): binding from now (sparse-algemene-voorwaarden#59.1). */
export async function approve(ctx: AppContext, actor: Actor, id: string): Promise<EnrollmentView> {
  return withLockedEnrollment(ctx, actor, id, async (tx, enrollment, session, now) => {
    if (!canManageEnrollments(actor, enrollment.providerId))
      throw new ForbiddenError("Only the provider's staff approve enrollments.");
    if (enrollment.status !== 'pending_approval') throw wrongStatus(enrollment, 'pending approval');
    const updated = await store.setEnrollmentStatus(tx, id, 'confirmed', { confirmedAt: now });
    const eventId = await store.insertEvent(tx, {
      enrollmentId: id,
      type: 'approved',
      actorId: actor.userId,
      at: now,
    });
    await recordConfirmation(
      ctx,
      tx,
      updated,
      session,
      await learnerOf(tx, enrollment),
      eventId,
      now,
      await pricingOf(tx, enrollment),
    );
    return toView(updated);
  });
}

/**
 * Staff reject an enrollment pending approval or waiting, without giving reasons and without telling
 * the applicant (plusport-cursusvoorwaarden#3.4); a held seat passes to the waiting list.
 */
export async function reject(ctx: AppContext, actor: Actor, id: string): Promise<EnrollmentView> {
  return withLockedEnrollment(ctx, actor, id, async (tx, enrollment, _session, now) => {
    if (!canManageEnrollments(actor, enrollment.providerId))
      throw new ForbiddenError("Only the provider's staff reject enrollments.");
    if (enrollment.status !== 'pending_approval' && enrollment.status !== 'waitlisted')
      throw wrongStatus(enrollment, 'pending approval or waitlisted');
    const updated = await store.setEnrollmentStatus(tx, id, 'rejected', { endedAt: now });
    await store.insertEvent(tx, { enrollmentId: id, type: 'rejected', actorId: actor.userId, at: now });
    if (enrollment.status === 'pending_approval') await releaseSeat(ctx, tx, enrollment.sessionId, now);
    return toView(updated);
  });
}

/** The learner (or their company, or staff) takes the seat offered from the waiting list. */
export async function acceptOffer(ctx: AppContext, actor: Actor, id: string): Promise<EnrollmentView> {
  return withLockedEnrollment(ctx, actor, id, async (tx, enrollment, session, now) => {
    if (enrollment.status !== 'offered' || !enrollment.offerExpiresAt)
      throw wrongStatus(enrollment, 'offered a seat');
    if (enrollment.offerExpiresAt.getTime() <= now.getTime())
      throw new ConflictError(
        'offer-expired',
        'Offer expired',
        `The seat was held until ${enrollment.offerExpiresAt.toISOString()}; it passes to the next in line.`,
      );
    const updated = await store.setEnrollmentStatus(tx, id, 'confirmed', {
      confirmedAt: now,
      offerExpiresAt: null,
    });
    const eventId = await store.insertEvent(tx, {
      enrollmentId: id,
      type: 'offer_accepted',
      actorId: actor.userId,
      at: now,
    });
    await recordConfirmation(
      ctx,
      tx,
      updated,
      session,
      await learnerOf(tx, enrollment),
      eventId,
      now,
      await pricingOf(tx, enrollment),
    );
    return toView(updated);
  });
}

/** Declines the offered seat: it passes at once to the next in line. */
export async function declineOffer(ctx: AppContext, actor: Actor, id: string): Promise<EnrollmentView> {
  return withLockedEnrollment(ctx, actor, id, async (tx, enrollment, _session, now) => {
    if (enrollment.status !== 'offered') throw wrongStatus(enrollment, 'offered a seat');
    const updated = await store.setEnrollmentStatus(tx, id, 'cancelled', {
      endedAt: now,
      offerExpiresAt: null,
    });
    await store.insertEvent(tx, { enrollmentId: id, type: 'offer_declined', actorId: actor.userId, at: now });
    await releaseSeat(ctx, tx, enrollment.sessionId, now);
    return toView(updated);
  });
}
