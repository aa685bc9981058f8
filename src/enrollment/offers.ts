/**
 * The waiting list's offers (issue 4, item 5): "a freed seat goes to the first in line
 * automatically, who is told by e-mail and has a set time to accept before it passes on".
 */
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import { offerMail } from './mails.ts';
import { releaseSeat } from './seats.ts';
import * as store from './store.ts';

/** The job that ends an offer nobody accepted, enqueued to start at the offer's expiry. */
export const OFFER_EXPIRY_JOB = 'enrollment.offer-expiry';

const HOUR_MS = 3_600_000;

/**
 * Offers the seat just freed (and still counted in `booked`) to a waitlisted enrollment locked by
 * the caller: status offered until now + the provider's offer time, but never past the start.
 */
export async function offerSeat(
  ctx: AppContext,
  tx: Tx,
  next: store.Enrollment,
  session: store.SessionForEnrollment,
  at: Date,
): Promise<void> {
  const settings = await store.findSettings(tx, session.providerId);
  const expiresAt = new Date(
    Math.min(at.getTime() + settings.offerHours * HOUR_MS, session.startsAt.getTime()),
  );
  await store.setEnrollmentStatus(tx, next.id, 'offered', { offerExpiresAt: expiresAt });
  await store.insertEvent(tx, {
    enrollmentId: next.id,
    type: 'offered',
    actorId: null,
    at,
    details: { offerExpiresAt: expiresAt.toISOString(), offerHours: settings.offerHours },
  });
  const [learner] = await store.findUsers(tx, [next.learnerId]);
  if (learner) await ctx.mail.queue(tx, offerMail({ learner, session, expiresAt }));
  await ctx.jobs.enqueue(tx, OFFER_EXPIRY_JOB, { enrollmentId: next.id }, { startAfter: expiresAt });
}

/**
 * Ends an offer whose time ran out by the clock and passes the seat to the next in line. Returns
 * false (and changes nothing) when the offer was accepted or declined meanwhile or has time left.
 */
export async function expireOffer(ctx: AppContext, enrollmentId: string): Promise<boolean> {
  const now = new Date(ctx.clock.now().epochMilliseconds);
  return ctx.db.transaction().execute(async (tx) => {
    const enrollment = await store.getEnrollmentForUpdate(tx, enrollmentId);
    if (enrollment?.status !== 'offered' || !enrollment.offerExpiresAt) return false;
    if (enrollment.offerExpiresAt.getTime() > now.getTime()) return false;
    await store.setEnrollmentStatus(tx, enrollment.id, 'cancelled', { endedAt: now });
    await store.insertEvent(tx, {
      enrollmentId: enrollment.id,
      type: 'offer_expired',
      actorId: null,
      at: now,
      details: { offerExpiresAt: enrollment.offerExpiresAt.toISOString() },
    });
    await releaseSeat(ctx, tx, enrollment.sessionId, now);
    return true;
  });
}

/** Every offer past its time by the clock: backs up the expiry jobs (and lets a test run them). */
export async function expireDueOffers(ctx: AppContext): Promise<number> {
  const now = new Date(ctx.clock.now().epochMilliseconds);
  let expired = 0;
  for (const id of await store.listExpiredOffers(ctx.db, now)) if (await expireOffer(ctx, id)) expired++;
  return expired;
}
