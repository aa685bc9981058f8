/**
 * Cancellation by the customer or the learner (plusport-cursusvoorwaarden#15, ingenium-leveringsvoorwaarden#25.2, vapro-leverings-en-betalingsvoorwaarden#16,
 * sparse-algemene-voorwaarden#59.4), and late arrival or no-show recorded by staff (plusport-cursusvoorwaarden#15.5: 100 %). Preview shows the fee,
 * the clauses and the fee curve; confirm decides again at that moment, refuses a fee the client was
 * not shown, and in one transaction records the decision, credits the course fee, writes the fee
 * lines and frees the seat for the waiting list. With the medical exception (15.6) the fee is held:
 * status cancellation_pending, and a job at the proof deadline (see proof.ts).
 */
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../identity/model.ts';
import { parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { ValidationError } from '../../platform/errors.ts';
import { type Decision, evaluate } from '../../terms/index.ts';
import { releaseSeat } from '../seats.ts';
import { insertEvent, setEnrollmentStatus } from '../store.ts';
import { partKindsOf, textbookWithExam } from '../terms-questions.ts';
import { type ChangeSubject, loadSubject, nowOf } from './load.ts';
import {
  type CancellationBody,
  type ChangePreview,
  type ChangeResult,
  cancellationBodySchema,
  cancellationConfirmSchema,
} from './model.ts';
import {
  cancellationLedger,
  cancellationQuestion,
  type LedgerDraft,
  type PartSpec,
  partsOf,
  timelinesOf,
} from './questions.ts';
import {
  ChangeNotAllowedError,
  canConfirm,
  decisionView,
  requireChangeable,
  requirePreviewedFee,
  requireStaff,
} from './rules.ts';
import { achievedProducts, chargedCourseFee, isCourseFeePaid } from './store.ts';
import { partsOrFail, writeLedger } from './writing.ts';

export const PROOF_DEADLINE_JOB = 'enrollment.proof-deadline';

interface CancellationPlan {
  parts: PartSpec[];
  question: ReturnType<typeof cancellationQuestion>;
  decision: Decision;
  ledger: LedgerDraft[];
  canConfirm: boolean;
}

async function planCancellation(
  ex: Executor,
  actor: Actor,
  subject: ChangeSubject,
  body: CancellationBody,
  at: Date,
): Promise<CancellationPlan> {
  const { enrollment, offering } = subject;
  requireChangeable(enrollment.status, 'cancellation');
  if (body.attendance !== undefined) {
    requireStaff(actor, enrollment.providerId, 'record a late arrival or no-show');
    // plusport-cursusvoorwaarden#10.1-10.2: refused "nadat de ... is gestart"; late or absent is known only then.
    if (at.getTime() < new Date(offering.session.startsAt).getTime())
      throw new ValidationError([
        {
          path: 'attendance',
          message: 'the session has not started yet: a late arrival or no-show is recorded from its start',
        },
      ]);
  }
  if (body.textbookReturnedUnused !== undefined)
    requireStaff(actor, enrollment.providerId, 'record that the textbook came back unused');
  const elearningIds =
    offering.product.type === 'elearning'
      ? [offering.product.id]
      : offering.components.filter((c) => c.type === 'elearning').map((c) => c.componentId);
  const achieved =
    elearningIds.length > 0
      ? await achievedProducts(ex, enrollment.learnerId, elearningIds)
      : new Set<string>();
  const parts = partsOrFail(() =>
    partsOf(offering, subject.facts, {
      attendance: body.attendance,
      textbookReturnedUnused: body.textbookReturnedUnused,
      achievedProductIds: achieved,
      textbookWithExam: packageTextbookWithExam(subject),
    }),
  );
  const question = cancellationQuestion(subject.offering, parts, at, body.reason);
  const decision = evaluate(subject.terms.terms, question);
  // plusport-cursusvoorwaarden#15.5 "Bij niet op tijd komen ... 100%": the engine answers not_allowed (too late to
  // cancel) with the fee that remains due; staff recording the late arrival or no-show books it.
  const attendance = body.attendance !== undefined && decision.outcome === 'not_allowed';
  const ledger =
    decision.outcome === 'allowed' || attendance
      ? cancellationLedger(
          decision,
          parts,
          await chargedCourseFee(ex, subject.enrollment.id),
          await isCourseFeePaid(ex, subject.enrollment.id),
        )
      : [];
  return {
    parts,
    question,
    decision,
    ledger,
    canConfirm: attendance || canConfirm('cancellation', decision, actor, subject.enrollment.providerId),
  };
}

export async function previewCancellation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ChangePreview> {
  const body = parseInput(cancellationBodySchema, input);
  const subject = await loadSubject(ctx, ctx.db, actor, id);
  const plan = await planCancellation(ctx.db, actor, subject, body, nowOf(ctx));
  return {
    change: 'cancellation',
    enrollmentId: id,
    terms: { key: subject.terms.key, version: subject.terms.version },
    decision: decisionView(plan.decision),
    canConfirm: plan.canConfirm,
    ledger: plan.ledger,
    feeTimeline: timelinesOf(subject.terms.terms, plan.parts),
  };
}

export async function confirmCancellation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ChangeResult> {
  const body = parseInput(cancellationConfirmSchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const at = nowOf(ctx);
    const subject = await loadSubject(ctx, tx, actor, id, { tx });
    const plan = await planCancellation(tx, actor, subject, body, at);
    const view = decisionView(plan.decision);
    if (!plan.canConfirm) throw new ChangeNotAllowedError('cancellation', view);
    requirePreviewedFee(body.previewedFeeCents, view);
    const { enrollment } = subject;

    if (plan.decision.outcome === 'pending_proof') {
      // plusport-cursusvoorwaarden#15.6: the seat is given up now; the fee waits for the proof or its deadline.
      const updated = await setEnrollmentStatus(tx, id, 'cancellation_pending', { endedAt: at });
      const eventId = await insertEvent(tx, {
        enrollmentId: id,
        type: 'cancellation_pending',
        actorId: actor.userId,
        at,
        decision: view,
        details: { question: plan.question, reason: body.reason ?? null },
      });
      await releaseSeat(ctx, tx, enrollment.sessionId, at);
      await scheduleProofDeadline(ctx, tx, id, view.dates.proofDeadline, subject.offering.provider.timeZone);
      return {
        change: 'cancellation',
        enrollmentId: id,
        status: updated.status,
        eventId,
        decision: view,
        ledger: [],
      };
    }

    const updated = await setEnrollmentStatus(tx, id, 'cancelled', { endedAt: at });
    const eventId = await insertEvent(tx, {
      enrollmentId: id,
      type: 'cancelled',
      actorId: actor.userId,
      at,
      decision: view,
      details: {
        question: plan.question,
        ...(body.attendance ? { attendance: body.attendance } : {}),
        ...(body.reason ? { reason: body.reason } : {}),
      },
    });
    await writeLedger(tx, enrollment, eventId, plan.ledger, at);
    // A late arrival or no-show is recorded once the session is under way: no seat to give away.
    if (body.attendance === undefined) await releaseSeat(ctx, tx, enrollment.sessionId, at);
    return {
      change: 'cancellation',
      enrollmentId: id,
      status: updated.status,
      eventId,
      decision: view,
      ledger: plan.ledger,
    };
  });
}

/**
 * The job that decides again once the proof deadline has passed: it runs at the start of the day
 * after the deadline, in the provider's time zone (reading proof-deadline: the deadline day itself
 * is still in time).
 */
async function scheduleProofDeadline(
  ctx: AppContext,
  tx: Tx,
  enrollmentId: string,
  deadline: string | undefined,
  timeZone: string,
): Promise<void> {
  if (deadline === undefined) throw new Error('a pending_proof decision without a proofDeadline');
  const startAfter = Temporal.PlainDate.from(deadline)
    .add({ days: 1 })
    .toZonedDateTime({ timeZone })
    .toInstant().epochMilliseconds;
  await ctx.jobs.enqueue(tx, PROOF_DEADLINE_JOB, { enrollmentId }, { startAfter: new Date(startAfter) });
}

/** Which textbook table a package's textbook follows is the terms' to say (question textbook_table). */
function packageTextbookWithExam(subject: ChangeSubject): boolean {
  const { product, components } = subject.offering;
  if (product.type !== 'package' || !components.some((c) => c.type === 'textbook')) return false;
  return textbookWithExam(
    subject.terms.terms,
    partKindsOf(
      product.type,
      components.map((c) => c.type),
    ),
  );
}
