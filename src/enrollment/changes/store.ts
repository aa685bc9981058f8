/**
 * SQL of enrollment changes: the course fee paid flag (migrations/0010), what an enrollment was
 * charged (over the enrollments it was moved from), the learner's results, the live enrollments of a
 * session, and marking a session cancelled. Enrollment rows, events and ledger lines are written
 * through src/enrollment/store.ts (insertEvent, insertLedgerLines, setEnrollmentStatus).
 */
import { sql } from 'kysely';
import type { VatCode } from '../../catalog/model.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import type { EnrollmentStatus } from '../model.ts';
import type { ChargedAmount } from './questions.ts';

export async function isCourseFeePaid(ex: Executor, enrollmentId: string): Promise<boolean> {
  const row = await ex
    .selectFrom('enrollment_course_fee_paid')
    .select('enrollment_id')
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setCourseFeePaid(
  tx: Tx,
  enrollmentId: string,
  paid: boolean,
  at: Date,
  recordedBy: string | null,
): Promise<void> {
  if (!paid) {
    await tx.deleteFrom('enrollment_course_fee_paid').where('enrollment_id', '=', enrollmentId).execute();
    return;
  }
  await tx
    .insertInto('enrollment_course_fee_paid')
    .values({ enrollment_id: enrollmentId, paid_at: at, recorded_by: recordedBy })
    .onConflict((oc) => oc.column('enrollment_id').doNothing())
    .execute();
}

/**
 * The course fee an enrollment was charged, net of earlier credits and refunds, per VAT code: its
 * own ledger lines and those of the enrollments it was moved from (a reschedule keeps the fee).
 */
export async function chargedCourseFee(ex: Executor, enrollmentId: string): Promise<ChargedAmount[]> {
  const { rows } = await sql<{ vat_code: VatCode; cents: string | number }>`
    with recursive chain (id) as (
      select id from enrollments where id = ${enrollmentId}
      union
      select e.moved_from from enrollments e join chain c on e.id = c.id where e.moved_from is not null
    )
    select l.vat_code, sum(l.amount_cents) as cents
    from enrollment_ledger l
    where l.enrollment_id in (select id from chain)
      and l.kind in ('course_fee', 'group_discount', 'course_fee_credit', 'refund')
    group by l.vat_code
    order by l.vat_code
  `.execute(ex);
  return rows.map((r) => ({ vatCode: r.vat_code, cents: Number(r.cents) })).filter((r) => r.cents !== 0);
}

/** Of these products, those the learner has a result for (passed or completed). */
export async function achievedProducts(
  ex: Executor,
  learnerId: string,
  productIds: readonly string[],
): Promise<Set<string>> {
  if (productIds.length === 0) return new Set();
  const rows = await ex
    .selectFrom('learner_achievements')
    .select('product_id')
    .where('learner_id', '=', learnerId)
    .where('product_id', 'in', [...productIds])
    .execute();
  return new Set(rows.map((r) => r.product_id));
}

/** The products whose "passed" the product requires (the online theory exam, plusport-cursusvoorwaarden#14.5). */
export async function passedRequirements(ex: Executor, productIds: readonly string[]): Promise<string[]> {
  if (productIds.length === 0) return [];
  const rows = await ex
    .selectFrom('product_prerequisites')
    .select('required_product_id')
    .where('product_id', 'in', [...productIds])
    .where('requirement', '=', 'passed')
    .execute();
  return [...new Set(rows.map((r) => r.required_product_id))];
}

/** Of these products, those the learner passed. */
export async function passedProducts(
  ex: Executor,
  learnerId: string,
  productIds: readonly string[],
): Promise<Set<string>> {
  if (productIds.length === 0) return new Set();
  const rows = await ex
    .selectFrom('learner_achievements')
    .select('product_id')
    .where('learner_id', '=', learnerId)
    .where('product_id', 'in', [...productIds])
    .where('achievement', '=', 'passed')
    .execute();
  return new Set(rows.map((r) => r.product_id));
}

export interface SessionEnrollmentRow {
  id: string;
  providerId: string;
  learnerId: string;
  status: EnrollmentStatus;
  termsKey: string;
  termsVersion: string;
}

/**
 * The enrollments of a session that a cancellation of the session releases (holding a seat, waiting
 * for one, or cancelled with a fee held for proof), oldest first; locked when `lock` (inside the
 * cancelling transaction).
 */
export async function liveEnrollmentsOfSession(
  ex: Executor,
  sessionId: string,
  lock: boolean,
): Promise<SessionEnrollmentRow[]> {
  let query = ex
    .selectFrom('enrollments')
    .select(['id', 'provider_id', 'learner_id', 'status', 'terms_key', 'terms_version'])
    .where('session_id', '=', sessionId)
    .where('status', 'in', ['pending_approval', 'confirmed', 'waitlisted', 'offered', 'cancellation_pending'])
    .orderBy('created_at')
    .orderBy('id');
  if (lock) query = query.forUpdate();
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    providerId: r.provider_id,
    learnerId: r.learner_id,
    status: r.status,
    termsKey: r.terms_key,
    termsVersion: r.terms_version,
  }));
}

/** When the first enrollment of a chain of reschedules was made: the purchase (plusport-cursusvoorwaarden#15.5). */
export async function purchasedAt(ex: Executor, enrollmentId: string): Promise<Date> {
  const { rows } = await sql<{ created_at: Date }>`
    with recursive chain (id, moved_from, created_at) as (
      select id, moved_from, created_at from enrollments where id = ${enrollmentId}
      union all
      select e.id, e.moved_from, e.created_at from enrollments e join chain c on e.id = c.moved_from
    )
    select min(created_at) as created_at from chain
  `.execute(ex);
  const at = rows[0]?.created_at;
  if (!at) throw new Error(`enrollment ${enrollmentId} not found`);
  return new Date(at);
}

/** A substitution: the colleague takes the learner's place in the same enrollment. */
export async function setEnrollmentLearner(tx: Tx, enrollmentId: string, learnerId: string): Promise<void> {
  await tx.updateTable('enrollments').set({ learner_id: learnerId }).where('id', '=', enrollmentId).execute();
}

/**
 * Locks session rows in id order. A reschedule updates two sessions (a seat taken in one, given
 * back in the other); two reschedules crossing the same two sessions in opposite directions would
 * otherwise each hold one row and wait for the other (a deadlock PostgreSQL breaks by failing one).
 */
export async function lockSessionsInOrder(tx: Tx, sessionIds: readonly string[]): Promise<void> {
  await tx
    .selectFrom('sessions')
    .select('id')
    .where('id', 'in', [...sessionIds])
    .orderBy('id')
    .forUpdate()
    .execute();
}
