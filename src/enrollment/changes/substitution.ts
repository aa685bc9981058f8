/**
 * Substitution by a colleague (plusport-cursusvoorwaarden#14.5 "Ruilen met een collega mag"; ingenium-leveringsvoorwaarden#25.2
 * "Er mag altijd een collega in jouw plaats komen", a VCA substitute registered by the working day
 * before; vapro-leverings-en-betalingsvoorwaarden#16.3 and sparse-algemene-voorwaarden#59.2: with the provider's consent). The enrollment stays, its learner
 * changes: the seat, the price and the ledger go with it.
 */
import type { Actor } from '../../identity/model.ts';
import { parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { type Decision, evaluate } from '../../terms/index.ts';
import { findLiveEnrollment, findUsers, insertEvent, type LearnerRow } from '../store.ts';
import { type ChangeSubject, loadSubject, nowOf } from './load.ts';
import {
  type ChangePreview,
  type ChangeResult,
  substitutionBodySchema,
  substitutionConfirmSchema,
} from './model.ts';
import { type PartSpec, partsOf, primaryPart, substitutionQuestion, timelinesOf } from './questions.ts';
import {
  actsForProvider,
  ChangeNotAllowedError,
  canConfirm,
  decisionView,
  requireChangeable,
  requirePreviewedFee,
} from './rules.ts';
import { passedProducts, passedRequirements, setEnrollmentLearner } from './store.ts';
import { partsOrFail } from './writing.ts';

interface SubstitutionPlan {
  parts: PartSpec[];
  colleague: LearnerRow;
  decision: Decision;
  canConfirm: boolean;
}

function badColleague(message: string): ValidationError {
  return new ValidationError([{ path: 'learnerId', message }]);
}

/**
 * The colleague: a learner of the same company (the company that pays, else the learner's own),
 * not disabled, not the learner themself, not already in this session.
 */
async function colleagueFor(ex: Executor, subject: ChangeSubject, learnerId: string): Promise<LearnerRow> {
  const { enrollment } = subject;
  const [current, colleague] = await Promise.all([
    findUsers(ex, [enrollment.learnerId]).then((rows) => rows[0]),
    findUsers(ex, [learnerId]).then((rows) => rows[0]),
  ]);
  const company = enrollment.customerId ?? current?.customerId ?? null;
  if (learnerId === enrollment.learnerId) throw badColleague('is the learner already enrolled');
  if (company === null)
    throw badColleague('a colleague must work for the same company, and this learner has no company');
  if (
    colleague?.role !== 'learner' ||
    colleague.providerId !== enrollment.providerId ||
    colleague.customerId !== company
  )
    throw badColleague('is not a learner of the same company');
  if (colleague.disabled) throw badColleague('is a disabled account');
  if (await findLiveEnrollment(ex, enrollment.sessionId, learnerId))
    throw new ConflictError(
      'already-enrolled',
      'Colleague already enrolled',
      'The colleague is already enrolled in this session.',
    );
  return colleague;
}

async function planSubstitution(
  ex: Executor,
  actor: Actor,
  subject: ChangeSubject,
  learnerId: string,
  at: Date,
): Promise<SubstitutionPlan> {
  const { enrollment, offering } = subject;
  requireChangeable(enrollment.status, 'substitution');
  const colleague = await colleagueFor(ex, subject, learnerId);
  const parts = partsOrFail(() => partsOf(offering, subject.facts));
  const part = primaryPart(parts);
  if (!part)
    throw new ConflictError(
      'product-not-changeable',
      'Product cannot be changed',
      'A textbook alone has no participant to substitute.',
    );
  // plusport-cursusvoorwaarden#14.5 (reading substitute-theory-exam): "the online theory exam" is what the product
  // (or a part of the package) requires to have been passed; without such a requirement in the
  // catalog there is nothing the colleague must have passed.
  const productIds = [offering.product.id, ...offering.components.map((c) => c.componentId)];
  const required = await passedRequirements(ex, productIds);
  const passed = await passedProducts(ex, colleague.id, required);
  const question = substitutionQuestion(offering, part, at, {
    proofOfParticipationRequired: offering.product.proofOfParticipation,
    substitutePassedTheoryExam: required.every((id) => passed.has(id)),
    consentGiven: actsForProvider(actor, enrollment.providerId),
  });
  const decision = evaluate(subject.terms.terms, question);
  return {
    parts,
    colleague,
    decision,
    canConfirm: canConfirm('substitution', decision, actor, enrollment.providerId),
  };
}

export async function previewSubstitution(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ChangePreview> {
  const body = parseInput(substitutionBodySchema, input);
  const subject = await loadSubject(ctx, ctx.db, actor, id);
  const plan = await planSubstitution(ctx.db, actor, subject, body.learnerId, nowOf(ctx));
  return {
    change: 'substitution',
    enrollmentId: id,
    terms: { key: subject.terms.key, version: subject.terms.version },
    decision: decisionView(plan.decision),
    canConfirm: plan.canConfirm,
    ledger: [],
    feeTimeline: timelinesOf(subject.terms.terms, plan.parts),
  };
}

export async function confirmSubstitution(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<ChangeResult> {
  const body = parseInput(substitutionConfirmSchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const at = nowOf(ctx);
    const subject = await loadSubject(ctx, tx, actor, id, { tx });
    const plan = await planSubstitution(tx, actor, subject, body.learnerId, at);
    const view = decisionView(plan.decision);
    if (!plan.canConfirm) throw new ChangeNotAllowedError('substitution', view);
    requirePreviewedFee(body.previewedFeeCents, view);
    // No built-in terms charge for a substitute; the ledger has no kind for such a fee yet, and a fee
    // the ledger cannot carry would never be invoiced, so a provider's copy with one is refused.
    if (view.feeCents > 0)
      throw new ConflictError(
        'substitution-fee-unsupported',
        'Substitution fee not supported',
        `These terms charge ${view.feeCents} cents for a substitute, which Klasse cannot book yet; substitute by cancelling and enrolling the colleague instead.`,
      );
    await setEnrollmentLearner(tx, id, plan.colleague.id);
    const eventId = await insertEvent(tx, {
      enrollmentId: id,
      type: 'substituted',
      actorId: actor.userId,
      at,
      decision: view,
      details: { fromLearnerId: subject.enrollment.learnerId, toLearnerId: plan.colleague.id },
    });
    return {
      change: 'substitution',
      enrollmentId: id,
      status: subject.enrollment.status,
      eventId,
      decision: view,
      ledger: [],
    };
  });
}
