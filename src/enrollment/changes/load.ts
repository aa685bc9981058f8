/**
 * What every change loads first: the enrollment the actor may see (hidden is "not found"), locked
 * when confirming, with its session, product and package parts, and the terms version the learner
 * accepted when enrolling (a change is decided under the agreement it changes).
 */
import type { SessionWithProduct } from '../../catalog/model.ts';
import { getSessionWithProduct } from '../../catalog/service.ts';
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { loadVisibleEnrollment } from '../service.ts';
import { type Enrollment, findEnrollment, getEnrollmentForUpdate } from '../store.ts';
import { type AppliedTerms, termsOf } from '../terms.ts';
import type { EnrollmentFacts } from './questions.ts';
import { purchasedAt } from './store.ts';

export interface ChangeSubject {
  enrollment: Enrollment;
  facts: EnrollmentFacts;
  offering: SessionWithProduct;
  terms: AppliedTerms;
}

export function nowOf(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}

/** Loads a subject in `ex`; pass the transaction and lock = true when about to change it. */
export async function loadSubject(
  ctx: AppContext,
  ex: Executor,
  actor: Actor | null,
  id: string,
  lock?: { tx: Tx },
): Promise<ChangeSubject> {
  if (actor) await loadVisibleEnrollment(ctx, ex, actor, id);
  const enrollment = lock ? await getEnrollmentForUpdate(lock.tx, id) : await findEnrollment(ex, id);
  if (!enrollment) throw new NotFoundError('Enrollment');
  const offering = await getSessionWithProduct(ctx, ex, enrollment.sessionId);
  if (!offering) throw new Error(`enrollment ${id} lost its session`);
  const terms = await termsOf(ctx, ex, enrollment);
  return {
    enrollment,
    facts: {
      id: enrollment.id,
      providerId: enrollment.providerId,
      sessionId: enrollment.sessionId,
      learnerId: enrollment.learnerId,
      customerId: enrollment.customerId,
      status: enrollment.status,
      priceCents: enrollment.priceCents,
      previouslyRescheduled: enrollment.previouslyRescheduled,
      purchasedAt: enrollment.movedFrom ? await purchasedAt(ex, enrollment.id) : enrollment.createdAt,
      termsKey: enrollment.termsKey,
      termsVersion: enrollment.termsVersion,
    },
    offering,
    terms,
  };
}
