/**
 * The commit's bulk writes: seats for all sessions in one conditional UPDATE, and learners,
 * enrollments, events and fee lines a whole batch per INSERT from one JSON parameter
 * (jsonb_to_recordset), so 10,000 rows cost a few round trips, not tens of thousands.
 */
import { sql } from 'kysely';
import type { VatCode } from '../../catalog/model.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { ClauseJson } from '../model.ts';

/**
 * Takes seats: per session `booked = booked + n` where `booked + n <= capacity` and the session is
 * still planned or confirmed (DESIGN, "What we measured": one conditional statement), all sessions
 * of a sheet in one UPDATE. Returns the sessions whose seats were taken; a missing one had no room.
 */
export async function takeSeats(
  tx: Tx,
  wanted: readonly { sessionId: string; seats: number }[],
): Promise<Set<string>> {
  if (wanted.length === 0) return new Set();
  const result = await sql<{ id: string }>`
    update sessions s set booked = s.booked + x.seats
    from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as x("sessionId" uuid, seats integer)
    where s.id = x."sessionId" and s.booked + x.seats <= s.capacity and s.status in ('planned', 'confirmed')
    returning s.id
  `.execute(tx);
  return new Set(result.rows.map((r) => r.id));
}

export interface NewLearner {
  id: string;
  email: string;
  name: string;
  locale: 'nl' | 'en';
  provider_id: string;
  customer_id: string;
}

export async function insertLearners(tx: Tx, learners: readonly NewLearner[], at: Date): Promise<void> {
  if (learners.length === 0) return;
  await sql`
    insert into users (id, email, name, role, locale, provider_id, customer_id, created_at, updated_at)
    select x.id, x.email, x.name, 'learner', x.locale, x.provider_id, x.customer_id, ${at}, ${at}
    from jsonb_to_recordset(${JSON.stringify(learners)}::jsonb)
      as x(id uuid, email text, name text, locale text, provider_id uuid, customer_id uuid)
  `.execute(tx);
}

export interface NewEnrollment {
  id: string;
  provider_id: string;
  session_id: string;
  learner_id: string;
  customer_id: string;
  purchase_order_ref: string | null;
  terms_key: string;
  terms_version: string;
  price_cents: number;
}

/** Enrollments with source 'import', the terms accepted by the uploader at `at`. */
export async function insertEnrollments(
  tx: Tx,
  rows: readonly NewEnrollment[],
  sheetId: string,
  uploadedBy: string,
  status: 'confirmed' | 'pending_approval',
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into enrollments (id, provider_id, session_id, learner_id, customer_id, purchase_order_ref,
      enrolled_by, source, import_sheet_id, status, terms_key, terms_version, terms_accepted_by,
      terms_accepted_at, price_cents, created_at, confirmed_at)
    select x.id, x.provider_id, x.session_id, x.learner_id, x.customer_id, x.purchase_order_ref,
      ${uploadedBy}, 'import', ${sheetId}, ${status}, x.terms_key, x.terms_version, ${uploadedBy},
      ${at}, x.price_cents, ${at}, ${status === 'confirmed' ? at : null}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(id uuid, provider_id uuid, session_id uuid, learner_id uuid, customer_id uuid,
        purchase_order_ref text, terms_key text, terms_version text, price_cents bigint)
  `.execute(tx);
}

export interface NewEvent {
  id: string;
  enrollment_id: string;
  /** The terms decision the enrollment was priced under (a group discount), if any. */
  decision: unknown;
  details: Record<string, unknown>;
}

export async function insertEnrolledEvents(
  tx: Tx,
  events: readonly NewEvent[],
  actorId: string,
  at: Date,
): Promise<void> {
  if (events.length === 0) return;
  await sql`
    insert into enrollment_events (id, enrollment_id, type, actor_id, at, decision, details)
    select x.id, x.enrollment_id, 'enrolled', ${actorId}, ${at}, x.decision, x.details
    from jsonb_to_recordset(${JSON.stringify(events)}::jsonb)
      as x(id uuid, enrollment_id uuid, decision jsonb, details jsonb)
  `.execute(tx);
}

export interface NewFeeLine {
  enrollment_id: string;
  provider_id: string;
  event_id: string;
  kind: 'course_fee' | 'group_discount';
  amount_cents: number;
  vat_code: VatCode;
  description: string;
  clauses: ClauseJson[];
}

export async function insertFeeLines(tx: Tx, lines: readonly NewFeeLine[], at: Date): Promise<void> {
  if (lines.length === 0) return;
  await sql`
    insert into enrollment_ledger (enrollment_id, provider_id, event_id, kind, amount_cents, vat_code,
      description, clauses, created_at)
    select x.enrollment_id, x.provider_id, x.event_id, x.kind, x.amount_cents, x.vat_code,
      x.description, x.clauses, ${at}
    from jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
      as x(enrollment_id uuid, provider_id uuid, event_id uuid, kind text, amount_cents bigint,
        vat_code text, description text, clauses jsonb)
  `.execute(tx);
}
