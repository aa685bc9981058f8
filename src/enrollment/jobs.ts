/** The enrollment context's background jobs: ending offers of freed seats nobody accepted in time. */
import type { AppContext } from '../platform/context.ts';
import type { JobPayload } from '../platform/jobs/model.ts';
import { expireOffer, OFFER_EXPIRY_JOB } from './offers.ts';
import { findEnrollment } from './store.ts';

export { OFFER_EXPIRY_JOB } from './offers.ts';

function enrollmentIdOf(payload: JobPayload): string {
  const id = payload.enrollmentId;
  if (typeof id !== 'string') throw new Error(`${OFFER_EXPIRY_JOB}: payload has no enrollmentId`);
  return id;
}

/**
 * The expiry job starts at the offer's expiry (startAfter). If it runs a little early by the app's
 * clock, the offer is left alone and the job is scheduled again for the moment it expires.
 */
export async function runOfferExpiry(ctx: AppContext, payload: JobPayload): Promise<void> {
  const enrollmentId = enrollmentIdOf(payload);
  if (await expireOffer(ctx, enrollmentId)) return;
  const row = await findEnrollment(ctx.db, enrollmentId);
  if (row?.status === 'offered' && row.offerExpiresAt) {
    const startAfter = row.offerExpiresAt;
    await ctx.db
      .transaction()
      .execute((tx) => ctx.jobs.enqueue(tx, OFFER_EXPIRY_JOB, { enrollmentId }, { startAfter }));
  }
}

export function enrollmentJobs(ctx: AppContext): void {
  ctx.jobs.register(OFFER_EXPIRY_JOB, (payload) => runOfferExpiry(ctx, payload), {
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    // One offer in one transaction: well under a second; expired after a minute (issue 12, item 13).
    expireInSeconds: 60,
  });
}
