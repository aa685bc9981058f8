/**
 * Rescheduling to another session of the same product (plusport-cursusvoorwaarden#14: free up to 11 working
 * days, EUR 55 from 10 to 1, 100 % on the day, exams not within 5 working days, the new date within
 * 3 months of the first, the course fee paid first where the terms say so (14.3); 14.6 classroom trainings under the
 * cancellation table; ingenium-leveringsvoorwaarden#25.2: up to 14 days before). Confirm takes a seat in the new session,
 * frees the old one for its waiting list, and moves the learner to a new enrollment that remembers
 * where it came from and that it was rescheduled (a later cancellation costs 100 %, plusport-cursusvoorwaarden#15.5).
 */
import type { Session } from '../../catalog/model.ts';
import { getSessionWithProduct } from '../../catalog/service.ts';
import type { Actor } from '../../identity/model.ts';
import { parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { type Decision, evaluate } from '../../terms/index.ts';
import { confirmationMail } from '../mails.ts';
import { releaseSeat, takeSeat } from '../seats.ts';
import {
  findLiveEnrollment,
  findSessionForEnrollment,
  findUsers,
  insertEnrollment,
  insertEvent,
  setEnrollmentStatus,
} from '../store.ts';
import { confirmationNotes, feePaidBeforeReschedule, partKindsOf } from '../terms-questions.ts';
import { type ChangeSubject, loadSubject, nowOf } from './load.ts';
import {
  type ChangePreview,
  type ChangeResult,
  rescheduleBodySchema,
  rescheduleConfirmSchema,
} from './model.ts';
import {
  type LedgerDraft,
  type PartSpec,
  partsOf,
  primaryPart,
  rescheduleLedger,
  rescheduleQuestion,
  timelinesOf,
  totalOf,
} from './questions.ts';
import {
  ChangeNotAllowedError,
  canConfirm,
  decisionView,
  requireChangeable,
  requirePreviewedFee,
} from './rules.ts';
import { chargedCourseFee, isCourseFeePaid, lockSessionsInOrder, setCourseFeePaid } from './store.ts';
import { partsOrFail, writeLedger } from './writing.ts';

interface ReschedulePlan {
  parts: PartSpec[];
  target: Session;
  decision: Decision;
  ledger: LedgerDraft[];
  canConfirm: boolean;
}

function badSession(message: string): ValidationError {
  return new ValidationError([{ path: 'sessionId', message }]);
}

/** The new session: another open session of the same product, not started, the learner not in it. */
async function targetFor(
  ctx: AppContext,
  ex: Executor,
  subject: ChangeSubject,
  sessionId: string,
  at: Date,
): Promise<Session> {
  const { enrollment, offering } = subject;
  if (sessionId === enrollment.sessionId) throw badSession('is the session the learner is already in');
  const found = await getSessionWithProduct(ctx, ex, sessionId);
  // Another provider's session is not revealed: it is "no such session" like one that does not exist.
  if (!found || found.session.providerId !== enrollment.providerId) throw badSession('no such session');
  const target = found.session;
  if (target.productId !== offering.product.id)
    throw badSession('is a session of another product; a reschedule moves to a session of the same product');
  if (target.status !== 'planned' && target.status !== 'confirmed')
    throw badSession(`is ${target.status} and takes no enrollments`);
  if (new Date(target.startsAt).getTime() <= at.getTime()) throw badSession('has already started');
  if (target.registrationDeadline !== null && new Date(target.registrationDeadline).getTime() < at.getTime())
    throw badSession(`takes no enrollments after its registration deadline (${target.registrationDeadline})`);
  if (target.kind !== 'open' && target.customerId !== enrollment.customerId)
    throw badSession("is a closed group session of another company's");
  if (await findLiveEnrollment(ex, target.id, enrollment.learnerId))
    throw new ConflictError(
      'already-enrolled',
      'Already enrolled',
      'The learner is already enrolled in the new session.',
    );
  return target;
}

async function planReschedule(
  ctx: AppContext,
  ex: Executor,
  actor: Actor,
  subject: ChangeSubject,
  sessionId: string,
  at: Date,
): Promise<ReschedulePlan> {
  const { enrollment, offering } = subject;
  requireChangeable(enrollment.status, 'reschedule');
  const target = await targetFor(ctx, ex, subject, sessionId, at);
  const parts = partsOrFail(() => partsOf(offering, subject.facts));
  const part = primaryPart(parts);
  if (!part)
    throw new ConflictError(
      'product-not-changeable',
      'Product cannot be changed',
      'A textbook has no date to move.',
    );
  // Where the terms require the fee paid first (question change_conditions; reading
  // reschedule-paid-first): paid in full when staff (later: billing) recorded the payment, or when
  // nothing is charged for the course. Terms without that clause require nothing: not asked.
  const paidInFull = feePaidBeforeReschedule(subject.terms.terms)
    ? totalOf(await chargedCourseFee(ex, enrollment.id)) <= 0 || (await isCourseFeePaid(ex, enrollment.id))
    : undefined;
  const decision = evaluate(subject.terms.terms, rescheduleQuestion(offering, part, target, at, paidInFull));
  return {
    parts,
    target,
    decision,
    ledger: decision.outcome === 'allowed' ? rescheduleLedger(decision, part) : [],
    canConfirm: canConfirm('reschedule', decision, actor, enrollment.providerId),
  };
}

export async function previewReschedule(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ChangePreview> {
  const body = parseInput(rescheduleBodySchema, input);
  const subject = await loadSubject(ctx, ctx.db, actor, id);
  const plan = await planReschedule(ctx, ctx.db, actor, subject, body.sessionId, nowOf(ctx));
  return {
    change: 'reschedule',
    enrollmentId: id,
    terms: { key: subject.terms.key, version: subject.terms.version },
    decision: decisionView(plan.decision),
    canConfirm: plan.canConfirm,
    ledger: plan.ledger,
    feeTimeline: timelinesOf(subject.terms.terms, plan.parts),
  };
}

export async function confirmReschedule(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ChangeResult> {
  const body = parseInput(rescheduleConfirmSchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const at = nowOf(ctx);
    const subject = await loadSubject(ctx, tx, actor, id, { tx });
    const plan = await planReschedule(ctx, tx, actor, subject, body.sessionId, at);
    const view = decisionView(plan.decision);
    if (!plan.canConfirm) throw new ChangeNotAllowedError('reschedule', view);
    requirePreviewedFee(body.previewedFeeCents, view);
    const old = subject.enrollment;
    await lockSessionsInOrder(tx, [old.sessionId, plan.target.id]);
    if (!(await takeSeat(tx, plan.target.id)))
      throw new ConflictError(
        'session-full',
        'Session full',
        'The new session has no seat left; choose another session. Nothing was changed.',
      );
    const moved = await insertEnrollment(tx, {
      providerId: old.providerId,
      sessionId: plan.target.id,
      learnerId: old.learnerId,
      customerId: old.customerId,
      purchaseOrderRef: old.purchaseOrderRef,
      enrolledBy: actor.userId,
      source: old.source,
      status: 'confirmed',
      waitlistedAt: null,
      // The same agreement, moved: the terms accepted then still govern it.
      termsKey: old.termsKey,
      termsVersion: old.termsVersion,
      termsAcceptedBy: old.termsAcceptedBy,
      termsAcceptedAt: old.termsAcceptedAt,
      priceCents: old.priceCents,
      confirmedAt: at,
      createdAt: at,
    });
    await setEnrollmentStatus(tx, moved.id, 'confirmed', { movedFrom: old.id, previouslyRescheduled: true });
    const updated = await setEnrollmentStatus(tx, old.id, 'rescheduled', { movedTo: moved.id, endedAt: at });
    // The payment moves with the agreement.
    if (await isCourseFeePaid(tx, old.id)) await setCourseFeePaid(tx, moved.id, true, at, null);
    const eventId = await insertEvent(tx, {
      enrollmentId: old.id,
      type: 'rescheduled',
      actorId: actor.userId,
      at,
      decision: view,
      details: { toEnrollmentId: moved.id, toSessionId: plan.target.id },
    });
    await insertEvent(tx, {
      enrollmentId: moved.id,
      type: 'enrolled',
      actorId: actor.userId,
      at,
      details: { rescheduledFrom: old.id, fromSessionId: old.sessionId },
    });
    await writeLedger(tx, old, eventId, plan.ledger, at);
    await releaseSeat(ctx, tx, old.sessionId, at);
    await mailNewSession(ctx, tx, moved.id, moved.learnerId, plan.target.id, subject, at);
    return {
      change: 'reschedule',
      enrollmentId: old.id,
      status: updated.status,
      newEnrollmentId: moved.id,
      eventId,
      decision: view,
      ledger: plan.ledger,
    };
  });
}

/** The confirmation of the new date, with its calendar invite, as for any enrollment. */
async function mailNewSession(
  ctx: AppContext,
  tx: Parameters<typeof insertEvent>[0],
  enrollmentId: string,
  learnerId: string,
  sessionId: string,
  subject: ChangeSubject,
  at: Date,
): Promise<void> {
  const old = subject.enrollment;
  const [learner] = await findUsers(tx, [learnerId]);
  const session = await findSessionForEnrollment(tx, sessionId);
  if (!learner || !session) return;
  await ctx.mail.queue(
    tx,
    confirmationMail({
      enrollmentId,
      learner: { name: learner.name, email: learner.email, locale: learner.locale },
      session,
      termsKey: old.termsKey,
      termsVersion: old.termsVersion,
      notes: confirmationNotes(
        subject.terms.terms,
        partKindsOf(
          subject.offering.product.type,
          subject.offering.components.map((c) => c.type),
        ),
        session.startsAt,
      ),
      mailFrom: ctx.config.mailFrom,
      at,
    }),
  );
}
