/**
 * What a provider's cancellation of a session (plusport-cursusvoorwaarden#15.1, ingenium-leveringsvoorwaarden#25.1, vapro-leverings-en-betalingsvoorwaarden#15.1-15.2,
 * sparse-algemene-voorwaarden#59.3) means for its enrollments: each decided under the terms it was made under, released
 * with its refund on the ledger, and its learner e-mailed the alternatives. The flow itself (staff
 * check, go/no-go, cancelling the session in the catalog, then this, in one transaction) is
 * src/workflows/provider-cancellation.ts; this file never touches the catalog.
 */
import type { Session, SessionCancelReason, SessionWithProduct } from '../../catalog/model.ts';
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { type Decision, evaluate } from '../../terms/index.ts';
import { releaseSeat } from '../seats.ts';
import { findUsers, insertEvent, setEnrollmentStatus } from '../store.ts';
import { type AppliedTerms, termsForSession, termsOf } from '../terms.ts';
import { sessionCancelledMail } from './mails.ts';
import type { DecisionView, SessionCancelResult } from './model.ts';
import {
  type LedgerDraft,
  localDate,
  providerCancellationLedger,
  providerCancellationQuestion,
  totalOf,
} from './questions.ts';
import { decisionView } from './rules.ts';
import {
  chargedCourseFee,
  isCourseFeePaid,
  liveEnrollmentsOfSession,
  type SessionEnrollmentRow,
} from './store.ts';
import { writeLedger } from './writing.ts';

interface Release {
  row: SessionEnrollmentRow;
  decision: Decision;
  ledger: LedgerDraft[];
  refund: number;
}

/**
 * Each enrollment decided under the terms it was made under: what it was charged comes back, as a
 * refund where it was paid and a credit where it was not (reading provider-refund: the customer is
 * refunded what it paid, and a claim not yet paid is withdrawn; the engine's `paid` is what was
 * charged for the course).
 */
async function planReleases(
  ctx: AppContext,
  ex: Executor,
  session: Session,
  at: Date,
  lock: boolean,
): Promise<Release[]> {
  const rows = await liveEnrollmentsOfSession(ex, session.id, lock);
  const terms = new Map<string, AppliedTerms>();
  const releases: Release[] = [];
  for (const row of rows) {
    const key = `${row.termsKey}\u0000${row.termsVersion}`;
    let applied = terms.get(key);
    if (!applied) {
      applied = await termsOf(ctx, ex, row);
      terms.set(key, applied);
    }
    const charged = await chargedCourseFee(ex, row.id);
    const decision = evaluate(applied.terms, providerCancellationQuestion(session, totalOf(charged), at));
    const ledger = providerCancellationLedger(decision, charged, await isCourseFeePaid(ex, row.id));
    releases.push({ row, decision, ledger, refund: -ledger.reduce((sum, l) => sum + l.amountCents, 0) });
  }
  return releases;
}

/** What the provider's cancellation would mean for the enrollments, before anything changes. */
export interface SessionReleasePreview {
  /** The terms that govern the session today, asked the provider_cancellation question. */
  terms: { key: string; version: string };
  decision: DecisionView;
  enrollments: {
    enrollmentId: string;
    learnerId: string;
    status: string;
    refundCents: number;
    ledger: LedgerDraft[];
  }[];
  refundTotalCents: number;
}

/** The go/no-go view's enrollment part: the notice decision and each enrollment's refund. */
export async function previewSessionRelease(
  ctx: AppContext,
  ex: Executor,
  offering: SessionWithProduct,
  at: Date,
): Promise<SessionReleasePreview> {
  const { session, provider } = offering;
  const applied = await termsForSession(ctx, ex, session, localDate(at, provider.timeZone));
  const decision = decisionView(evaluate(applied.terms, providerCancellationQuestion(session, 0)));
  const releases = await planReleases(ctx, ex, session, at, false);
  return {
    terms: { key: applied.key, version: applied.version },
    decision,
    enrollments: releases.map((r) => ({
      enrollmentId: r.row.id,
      learnerId: r.row.learnerId,
      status: r.row.status,
      refundCents: r.refund,
      ledger: r.ledger,
    })),
    refundTotalCents: releases.reduce((sum, r) => sum + r.refund, 0),
  };
}

class RefundChangedError extends AppError {
  constructor(previewed: number, now: number) {
    super(
      409,
      'change-fee-changed',
      'The refund changed since the go/no-go view',
      `The go/no-go view showed refunds of ${previewed} cents in total; they are now ${now} cents. Nothing was changed: look again and confirm.`,
    );
    this.extensions = { previewedRefundCents: previewed, refundTotalCents: now };
  }
}

const SEAT_HOLDERS: readonly string[] = ['pending_approval', 'confirmed', 'offered'];
// A cancellation still waiting for its proof (plusport-cursusvoorwaarden#15.6) when the provider cancels the session
// (reading provider-cancel-supersedes-pending): the session does not take place, so its held fee is
// never charged; the enrollment is released and credited like the others, and the proof-deadline
// job then finds nothing pending. Its seat was given up when it was cancelled.

/** The session being cancelled, as the workflow read it before setting it to cancelled. */
export interface SessionReleaseRequest {
  actor: Actor;
  offering: SessionWithProduct;
  reason: SessionCancelReason;
  /** Where the learners could go instead, read while the session was still open. */
  alternatives: Session[];
  /** The refund total the staff saw in the go/no-go view; a different one now is a 409. */
  previewedRefundCents: number | undefined;
  at: Date;
}

/**
 * Releases every live enrollment of a session the provider cancels, inside the workflow's
 * transaction (the session row is already locked and cancelled): status released, the refund on
 * the ledger, the seat given up, the learner mailed the alternatives.
 */
export async function releaseSessionEnrollments(
  ctx: AppContext,
  tx: Tx,
  request: SessionReleaseRequest,
): Promise<Omit<SessionCancelResult, 'sessionId' | 'status' | 'reason'>> {
  const { actor, offering, alternatives, at } = request;
  const { session, provider } = offering;
  const sessionId = session.id;
  const applied = await termsForSession(ctx, tx, session, localDate(at, provider.timeZone));
  const notice = evaluate(applied.terms, providerCancellationQuestion(session, 0, at));
  const releases = await planReleases(ctx, tx, session, at, true);
  const total = releases.reduce((sum, r) => sum + r.refund, 0);
  if (request.previewedRefundCents !== undefined && request.previewedRefundCents !== total)
    throw new RefundChangedError(request.previewedRefundCents, total);
  const learners = new Map(
    (
      await findUsers(
        tx,
        releases.map((r) => r.row.learnerId),
      )
    ).map((u) => [u.id, u]),
  );
  const released: SessionCancelResult['released'] = [];
  for (const release of releases) {
    const { row } = release;
    await setEnrollmentStatus(tx, row.id, 'released', { endedAt: at, offerExpiresAt: null });
    const eventId = await insertEvent(tx, {
      enrollmentId: row.id,
      type: 'released',
      actorId: actor.userId,
      at,
      decision: decisionView(release.decision),
      details: { reason: request.reason, alternatives: alternatives.map((s) => s.id) },
    });
    await writeLedger(tx, row, eventId, release.ledger, at);
    if (SEAT_HOLDERS.includes(row.status)) await releaseSeat(ctx, tx, sessionId, at);
    const learner = learners.get(row.learnerId);
    if (learner && !learner.disabled) {
      await ctx.mail.queue(
        tx,
        sessionCancelledMail({
          learner: { name: learner.name, email: learner.email, locale: learner.locale },
          providerName: provider.name,
          providerId: provider.id,
          productName: offering.product.name,
          session,
          timeZone: provider.timeZone,
          refundCents: release.refund,
          alternatives,
        }),
      );
    }
    released.push({
      enrollmentId: row.id,
      refundCents: release.refund,
      mailed: learner !== undefined && !learner.disabled,
    });
  }
  return {
    noticeInTime: notice.outcome === 'allowed',
    released,
    refundTotalCents: total,
  };
}
