/**
 * The provider cancels a session for too few participants or a missing instructor (PlusPort cursus
 * 15.1, Ingenium 25.1, VAPRO 15.1-15.2, Sparse 59.3). The go/no-go view shows staff the seats booked
 * against the minimum, the last day to tell the customers (VAPRO 15.2: five working days before the
 * start, reading provider-notice), the alternative sessions, and what each enrollment would get back;
 * the cancel releases every enrollment with its refund on the ledger and e-mails each learner the
 * alternatives, in one transaction.
 */
import type { Session, SessionWithProduct } from '../../catalog/model.ts';
import { getSessionWithProduct, listAlternativeSessions } from '../../catalog/service.ts';
import { cancelSessionInTransaction } from '../../catalog/sessions.ts';
import type { Actor } from '../../identity/model.ts';
import { parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import { AppError, NotFoundError } from '../../platform/errors.ts';
import { type Decision, evaluate } from '../../terms/index.ts';
import { releaseSeat } from '../seats.ts';
import { findUsers, insertEvent, setEnrollmentStatus } from '../store.ts';
import { termsForSession } from '../terms.ts';
import { type AppliedTerms, nowOf, termsOf } from './load.ts';
import { sessionCancelledMail } from './mails.ts';
import { type GoNoGo, type SessionCancelResult, sessionCancelBodySchema } from './model.ts';
import {
  type LedgerDraft,
  localDate,
  providerCancellationLedger,
  providerCancellationQuestion,
  totalOf,
} from './questions.ts';
import { actsForProvider, decisionView } from './rules.ts';
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

/** The session if the actor is its provider's staff; "not found" to anyone else. */
async function staffSession(
  ctx: AppContext,
  ex: Executor,
  actor: Actor,
  id: string,
): Promise<SessionWithProduct> {
  const offering = await getSessionWithProduct(ctx, ex, id);
  if (!offering || !actsForProvider(actor, offering.session.providerId)) throw new NotFoundError('Session');
  return offering;
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

export async function goNoGo(ctx: AppContext, actor: Actor, sessionId: string): Promise<GoNoGo> {
  const at = nowOf(ctx);
  const offering = await staffSession(ctx, ctx.db, actor, sessionId);
  const { session, provider } = offering;
  const today = localDate(at, provider.timeZone);
  const applied = await termsForSession(ctx, ctx.db, session, today);
  const decision = decisionView(evaluate(applied.terms, providerCancellationQuestion(session, 0)));
  const noticeDeadline = decision.dates.noticeDeadline ?? null;
  const releases = await planReleases(ctx, ctx.db, session, at, false);
  const alternatives = await listAlternativeSessions(ctx, ctx.db, sessionId);
  return {
    sessionId: session.id,
    code: session.code,
    startsAt: session.startsAt,
    status: session.status,
    capacity: session.capacity,
    booked: session.booked,
    minParticipants: session.minParticipants,
    verdict: session.booked >= session.minParticipants ? 'go' : 'no_go',
    noticeDeadline,
    noticeDeadlinePassed: noticeDeadline !== null && today > noticeDeadline,
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
    alternatives: alternatives.map((s) => ({
      id: s.id,
      code: s.code,
      startsAt: s.startsAt,
      seatsLeft: s.seatsLeft,
    })),
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
// A cancellation still waiting for its proof (PlusPort 15.6) when the provider cancels the session
// (reading provider-cancel-supersedes-pending): the session does not take place, so its held fee is
// never charged; the enrollment is released and credited like the others, and the proof-deadline
// job then finds nothing pending. Its seat was given up when it was cancelled.

export async function cancelSession(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  input: unknown,
): Promise<SessionCancelResult> {
  const body = parseInput(sessionCancelBodySchema, input);
  return ctx.db.transaction().execute(async (tx: Tx) => {
    const at = nowOf(ctx);
    const offering = await staffSession(ctx, tx, actor, sessionId);
    const { session, provider } = offering;
    // Alternatives are read while the session is still open (the same product, later, seats left).
    const alternatives = await listAlternativeSessions(ctx, tx, sessionId);
    // Locks the session row and refuses one already cancelled or completed (409).
    await cancelSessionInTransaction(tx, sessionId, body.reason);
    const applied = await termsForSession(ctx, tx, session, localDate(at, provider.timeZone));
    const notice = evaluate(applied.terms, providerCancellationQuestion(session, 0, at));
    const releases = await planReleases(ctx, tx, session, at, true);
    const total = releases.reduce((sum, r) => sum + r.refund, 0);
    if (body.previewedRefundCents !== undefined && body.previewedRefundCents !== total)
      throw new RefundChangedError(body.previewedRefundCents, total);
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
        details: { reason: body.reason, alternatives: alternatives.map((s) => s.id) },
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
      sessionId,
      status: 'cancelled',
      reason: body.reason,
      noticeInTime: notice.outcome === 'allowed',
      released,
      refundTotalCents: total,
    };
  });
}
