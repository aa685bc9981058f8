/**
 * Rules of enrollment changes without I/O: which enrollments may change, who may do what, when a
 * decision lets a change go ahead, and the refusals a client can act on.
 */
import { type Actor, isProviderStaff } from '../../identity/model.ts';
import { AppError, ConflictError, ForbiddenError } from '../../platform/errors.ts';
import { type Decision, toPlainDecision } from '../../terms/index.ts';
import type { EnrollmentStatus } from '../model.ts';
import type { ChangeKind, DecisionView } from './model.ts';

/** Staff of the enrollment's provider (and the platform admin) act for the provider. */
export function actsForProvider(actor: Actor, providerId: string): boolean {
  if (actor.role === 'platform_admin') return true;
  return isProviderStaff(actor.role) && actor.providerId === providerId;
}

/**
 * The changes of item 6 apply to a binding enrollment (sparse-algemene-voorwaarden#59.1: binding on confirmation). One
 * still waiting for approval, a seat or an answer to an offer is withdrawn, not cancelled.
 */
const CHANGEABLE: readonly EnrollmentStatus[] = ['confirmed'];

export function requireChangeable(status: EnrollmentStatus, change: ChangeKind): void {
  if (CHANGEABLE.includes(status)) return;
  throw new ConflictError(
    'enrollment-not-changeable',
    'Enrollment cannot be changed',
    `Only a confirmed enrollment can take a ${change.replace('_', ' ')}; this one is ${status.replace('_', ' ')}.`,
  );
}

export function requireStaff(actor: Actor, providerId: string, what: string): void {
  if (actsForProvider(actor, providerId)) return;
  throw new ForbiddenError(`Only the provider's staff may ${what}.`);
}

/** The fee a decision charges for the change (0 when it names none). */
export function feeOf(decision: Decision): number {
  return decision.amounts.fee ?? 0;
}

/** Whether confirming a change with this decision goes ahead. */
export function canConfirm(
  change: ChangeKind,
  decision: Decision,
  actor: Actor,
  providerId: string,
): boolean {
  if (decision.outcome === 'allowed') return true;
  // plusport-cursusvoorwaarden#15.6: the cancellation goes ahead; the fee is held until proof or the deadline.
  if (change === 'cancellation' && decision.outcome === 'pending_proof') return true;
  // vapro-leverings-en-betalingsvoorwaarden#16.3, sparse-algemene-voorwaarden#59.2: the provider's consent; staff confirming it is that consent.
  if (change === 'substitution' && decision.outcome === 'needs_approval')
    return actsForProvider(actor, providerId);
  return false;
}

export function decisionView(decision: Decision): DecisionView {
  const plain = toPlainDecision(decision);
  const view: DecisionView = {
    question: plain.question,
    outcome: plain.outcome,
    feeCents: feeOf(plain),
    amounts: plain.amounts,
    dates: plain.dates,
    clauses: plain.clauses,
    readings: plain.readings,
    explanation: plain.explanation,
  };
  if (plain.workingDays !== undefined) view.workingDays = plain.workingDays;
  if (plain.lines !== undefined) view.lines = plain.lines;
  if (plain.conditions !== undefined) view.conditions = plain.conditions;
  return view;
}

/** The terms do not let this change go ahead now: the decision says why and cites the clause. */
export class ChangeNotAllowedError extends AppError {
  constructor(change: ChangeKind, decision: DecisionView) {
    super(
      409,
      'change-not-allowed',
      'Change not allowed by the terms',
      `The ${change.replace('_', ' ')} cannot go ahead (${decision.outcome}): ${decision.explanation.en}`,
    );
    this.extensions = { decision };
  }
}

/**
 * The fee at the moment of confirming is not the fee the client was shown (a tier boundary passed,
 * the terms or the enrollment changed): nobody pays what they were not shown. The problem carries
 * the new decision, so the client can show it and ask again.
 */
export class FeeChangedError extends AppError {
  constructor(previewedFeeCents: number, decision: DecisionView, what = 'fee') {
    super(
      409,
      'change-fee-changed',
      `The ${what} changed since the preview`,
      `The preview showed a ${what} of ${previewedFeeCents} cents; it is now ${decision.feeCents} cents. Nothing was changed: preview again and confirm the new ${what}.`,
    );
    this.extensions = { previewedFeeCents, feeCents: decision.feeCents, decision };
  }
}

export function requirePreviewedFee(previewedFeeCents: number, decision: DecisionView): void {
  if (decision.feeCents !== previewedFeeCents) throw new FeeChangedError(previewedFeeCents, decision);
}
