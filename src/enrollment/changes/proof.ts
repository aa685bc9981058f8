/**
 * The medical exception decided again (plusport-cursusvoorwaarden#15.6): "dient het overlijdensbericht c.q.
 * bevestiging van de ziekenhuisopname c.q. een doktersverklaring binnen 7 dagen na de annulering
 * ontvangen te zijn ... In dit geval wordt de annuleringsregeling toegepast." Staff record that the
 * proof arrived (free if in time), or the deadline job finds none (the normal table). Either way
 * the question is the one asked at the cancellation, with the day the proof arrived or today added,
 * and the ledger is written then: the fee was held until now.
 */
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../identity/model.ts';
import { parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { JobPayload } from '../../platform/jobs/model.ts';
import { type CourseQuestion, evaluate } from '../../terms/index.ts';
import { findEnrollment, insertEvent, listEvents, setEnrollmentStatus } from '../store.ts';
import { type ChangeSubject, loadSubject, nowOf } from './load.ts';
import { type ChangeResult, proofBodySchema } from './model.ts';
import { cancellationLedger, type PartSpec, partsOf } from './questions.ts';
import { decisionView, requireStaff } from './rules.ts';
import { chargedCourseFee, isCourseFeePaid } from './store.ts';
import { partsOrFail, writeLedger } from './writing.ts';

type CancellationQuestion = Extract<CourseQuestion, { type: 'cancellation' }>;

/** The question the pending cancellation was decided on, as its event recorded it. */
async function pendingQuestion(tx: Tx, enrollmentId: string): Promise<CancellationQuestion> {
  const events = await listEvents(tx, enrollmentId);
  const pending = events.filter((e) => e.type === 'cancellation_pending').at(-1);
  const question = pending?.details.question as CancellationQuestion | undefined;
  if (question?.type !== 'cancellation')
    throw new Error(`enrollment ${enrollmentId} is pending without the question it was decided on`);
  return question;
}

/** The enrollment's parts (VAT code, name) with the prices and facts the question was asked with. */
function partsAsAsked(subject: ChangeSubject, question: CancellationQuestion): PartSpec[] {
  const specs = partsOrFail(() => partsOf(subject.offering, subject.facts));
  return specs.map((spec, i) => ({ ...spec, question: question.parts[i] ?? spec.question }));
}

function todayIn(at: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

async function decideAgain(
  ctx: AppContext,
  tx: Tx,
  subject: ChangeSubject,
  question: CancellationQuestion,
  type: 'proof_received' | 'proof_deadline_passed',
  actorId: string | null,
  at: Date,
): Promise<ChangeResult> {
  const decision = evaluate(subject.terms.terms, question);
  const view = decisionView(decision);
  const { enrollment } = subject;
  const ledger = cancellationLedger(
    decision,
    partsAsAsked(subject, question),
    await chargedCourseFee(tx, enrollment.id),
    await isCourseFeePaid(tx, enrollment.id),
  );
  const updated = await setEnrollmentStatus(tx, enrollment.id, 'cancelled');
  const eventId = await insertEvent(tx, {
    enrollmentId: enrollment.id,
    type,
    actorId,
    at,
    decision: view,
    details: { question },
  });
  await writeLedger(tx, enrollment, eventId, ledger, at);
  ctx.logger.debug({ enrollmentId: enrollment.id, type, fee: view.feeCents }, 'medical exception decided');
  return {
    change: 'cancellation',
    enrollmentId: enrollment.id,
    status: updated.status,
    eventId,
    decision: view,
    ledger,
  };
}

function notPending(status: string): ConflictError {
  return new ConflictError(
    'cancellation-not-pending',
    'No cancellation awaits proof',
    `This enrollment is ${status.replace('_', ' ')}, not a cancellation waiting for proof.`,
  );
}

/** Staff record that the proof arrived; the cancellation is decided again with that day. */
export async function recordProof(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ChangeResult> {
  const body = parseInput(proofBodySchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const at = nowOf(ctx);
    const subject = await loadSubject(ctx, tx, actor, id, { tx });
    requireStaff(actor, subject.enrollment.providerId, 'record that proof arrived');
    if (subject.enrollment.status !== 'cancellation_pending') throw notPending(subject.enrollment.status);
    const asked = await pendingQuestion(tx, id);
    const receivedOn = body.receivedOn ?? todayIn(at, subject.offering.provider.timeZone);
    return decideAgain(
      ctx,
      tx,
      subject,
      { ...asked, proofReceivedOn: receivedOn },
      'proof_received',
      actor.userId,
      at,
    );
  });
}

/**
 * The proof-deadline job: decides the cancellation again without proof if none came. Does nothing
 * when the proof was recorded first, or when it runs before the deadline has passed (the decision
 * is then still pending_proof).
 */
export async function runProofDeadline(ctx: AppContext, payload: JobPayload): Promise<ChangeResult | null> {
  const id = typeof payload.enrollmentId === 'string' ? payload.enrollmentId : undefined;
  if (!id) throw new Error('proof-deadline job without an enrollmentId');
  return ctx.db.transaction().execute(async (tx) => {
    const at = nowOf(ctx);
    // Deleted with its provider since: nothing is left to decide.
    if (!(await findEnrollment(tx, id))) return null;
    const subject = await loadSubject(ctx, tx, null, id, { tx });
    if (subject.enrollment.status !== 'cancellation_pending') return null;
    const asked = await pendingQuestion(tx, id);
    const question = { ...asked, asOf: todayIn(at, subject.offering.provider.timeZone) };
    if (evaluate(subject.terms.terms, question).outcome === 'pending_proof') return null;
    return decideAgain(ctx, tx, subject, question, 'proof_deadline_passed', null, at);
  });
}
