/**
 * The write of enrolling one learner, in ONE statement (issue 12, item 20): the seat (the
 * conditional UPDATE of seats.ts), the enrollment confirmed with it or waitlisted without, and its
 * first events. Before, these were two round trips inside the session's row lock; the statement
 * takes the same lock in the same order, so the seat decision is what it was (test/concurrency.test.ts
 * races this statement).
 */
import { randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../platform/db/database.ts';
import type { EnrollmentStatus } from './model.ts';
import { type Enrollment, type EnrollmentRow, toEnrollment } from './store.ts';

/** What of the enrollment row the caller gives as is (its id made by the caller, to prepare answers). */
type GivenColumns =
  | 'id'
  | 'providerId'
  | 'sessionId'
  | 'learnerId'
  | 'customerId'
  | 'purchaseOrderRef'
  | 'enrolledBy'
  | 'source'
  | 'termsKey'
  | 'termsVersion'
  | 'termsAcceptedBy'
  | 'priceCents';

export interface SeatedEnrollment extends Pick<Enrollment, GivenColumns> {
  /** The status a seat gives: confirmed, or pending approval where the provider approves first. */
  statusWithSeat: Extract<EnrollmentStatus, 'confirmed' | 'pending_approval'>;
  /** Without a seat: join the waiting list (true), or write nothing (false: the session is full). */
  waitlist: boolean;
  /** The moment: created, terms accepted, and confirmed or waitlisted. */
  at: Date;
  /** The 'enrolled' event: who, the terms decision, and its details (the status is added here). */
  actorId: string;
  decision: unknown;
  details: Record<string, unknown>;
}

/**
 * An INSERT embedded in the statement, one row per enrollment written (`from`), given which
 * outcome it is (`pick`: 1 with a seat, 2 waitlisted): an Idempotency-Key's answer
 * (platform/http/idempotency/transaction.ts, FoldedAnswer), so it needs no round trip of its own.
 */
export type EmbeddedInsert = (from: RawBuilder<unknown>, pick: RawBuilder<number>) => RawBuilder<unknown>;

/**
 * Takes a seat of the session if it is open and not full and writes the enrollment with it
 * (`statusWithSeat`), else waitlisted (with `waitlist`), with its 'enrolled' event (its details
 * carry the status given) and, waitlisted, a 'waitlisted' event; and `also`, if given. undefined:
 * no seat and no `waitlist`, nothing written. Call in the transaction the enrollment's other writes join.
 */
export async function enrollTakingSeat(
  tx: Tx,
  e: SeatedEnrollment,
  also?: EmbeddedInsert,
): Promise<
  { enrollment: Enrollment; enrolledEventId: string; pick: 1 | 2; alsoWritten: boolean } | undefined
> {
  const enrolledEventId = randomUUID();
  const waitlistedEventId = randomUUID();
  const decision = e.decision === undefined ? null : JSON.stringify(e.decision);
  const pick = sql<number>`case when enrollment.status = 'waitlisted' then 2 else 1 end`;
  const embedded = also ? sql`, also_written as (${also(sql`enrollment`, pick)})` : sql``;
  const alsoWritten = also ? sql`exists (select from also_written)` : sql`false`;
  const { rows } = await sql<EnrollmentRow & { also_written: boolean }>`
    with seat as (
      update sessions set booked = booked + 1
       where id = ${e.sessionId} and booked < capacity and status in ('planned', 'confirmed')
      returning id),
    placed as (
      select case when exists (select from seat) then ${e.statusWithSeat}::text else 'waitlisted' end as status),
    enrollment as (
      insert into enrollments (id, provider_id, session_id, learner_id, customer_id, purchase_order_ref,
        enrolled_by, source, status, waitlisted_at, terms_key, terms_version, terms_accepted_by,
        terms_accepted_at, price_cents, confirmed_at, created_at)
      select ${e.id}::uuid, ${e.providerId}::uuid, ${e.sessionId}::uuid, ${e.learnerId}::uuid,
             ${e.customerId}::uuid, ${e.purchaseOrderRef}::text, ${e.enrolledBy}::uuid, ${e.source}::text,
             placed.status, case when placed.status = 'waitlisted' then ${e.at}::timestamptz end,
             ${e.termsKey}::text, ${e.termsVersion}::text, ${e.termsAcceptedBy}::uuid, ${e.at}::timestamptz,
             ${e.priceCents}::bigint, case when placed.status = 'confirmed' then ${e.at}::timestamptz end,
             ${e.at}::timestamptz
        from placed
       where placed.status <> 'waitlisted' or ${e.waitlist}::boolean
      returning *),
    events as (
      insert into enrollment_events (id, enrollment_id, type, actor_id, at, decision, details)
      select t.id, enrollment.id, t.type, ${e.actorId}::uuid, ${e.at}::timestamptz, t.decision, t.details
        from enrollment
       cross join lateral (values
         (${enrolledEventId}::uuid, 'enrolled', ${decision}::jsonb,
          ${JSON.stringify(e.details)}::jsonb || jsonb_build_object('status', enrollment.status)),
         (${waitlistedEventId}::uuid, 'waitlisted', null::jsonb, '{}'::jsonb)) as t (id, type, decision, details)
       where t.type = 'enrolled' or enrollment.status = 'waitlisted')${embedded}
    select enrollment.*, ${alsoWritten} as also_written from enrollment`.execute(tx);
  const row = rows[0];
  if (!row) return undefined;
  const enrollment = toEnrollment(row);
  return {
    enrollment,
    enrolledEventId,
    pick: enrollment.status === 'waitlisted' ? 2 : 1,
    alsoWritten: row.also_written === true,
  };
}

/**
 * The enrollment enrollTakingSeat writes with this status (the seat's, or waitlisted), as it will
 * read back: what an answer prepared before the statement shows.
 */
export function seatedEnrollmentAs(
  e: SeatedEnrollment,
  status: SeatedEnrollment['statusWithSeat'] | 'waitlisted',
): Enrollment {
  const {
    statusWithSeat: _seat,
    waitlist: _waitlist,
    at,
    actorId: _by,
    decision: _d,
    details: _e,
    ...given
  } = e;
  return {
    ...given,
    importSheetId: null,
    status,
    waitlistedAt: status === 'waitlisted' ? at : null,
    offerExpiresAt: null,
    termsAcceptedAt: at,
    previouslyRescheduled: false,
    movedFrom: null,
    movedTo: null,
    createdAt: at,
    confirmedAt: status === 'confirmed' ? at : null,
    endedAt: null,
  };
}
