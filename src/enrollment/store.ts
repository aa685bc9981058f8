/**
 * SQL of the enrollment context: enrollments and their lists. Their history (events, ledger), the
 * provider's settings and the reads of other contexts' rows are in store-history.ts,
 * store-settings.ts and store-reads.ts, re-exported here so callers import one store.
 * Seat counting lives in seats.ts (one conditional UPDATE).
 */
import { sql } from 'kysely';
import type { Executor, Tx } from '../platform/db/database.ts';
import { type EnrollmentSource, type EnrollmentStatus, LIVE_STATUSES } from './model.ts';

export * from './store-enroll.ts';
export * from './store-history.ts';
export * from './store-reads.ts';
export * from './store-settings.ts';

export interface Enrollment {
  id: string;
  providerId: string;
  sessionId: string;
  learnerId: string;
  customerId: string | null;
  purchaseOrderRef: string | null;
  enrolledBy: string;
  source: EnrollmentSource;
  importSheetId: string | null;
  status: EnrollmentStatus;
  waitlistedAt: Date | null;
  offerExpiresAt: Date | null;
  termsKey: string;
  termsVersion: string;
  termsAcceptedBy: string;
  termsAcceptedAt: Date;
  priceCents: number;
  previouslyRescheduled: boolean;
  movedFrom: string | null;
  movedTo: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  endedAt: Date | null;
}

export type EnrollmentRow = {
  id: string;
  provider_id: string;
  session_id: string;
  learner_id: string;
  customer_id: string | null;
  purchase_order_ref: string | null;
  enrolled_by: string;
  source: EnrollmentSource;
  import_sheet_id: string | null;
  status: EnrollmentStatus;
  waitlisted_at: Date | null;
  offer_expires_at: Date | null;
  terms_key: string;
  terms_version: string;
  terms_accepted_by: string;
  terms_accepted_at: Date;
  price_cents: number;
  previously_rescheduled: boolean;
  moved_from: string | null;
  moved_to: string | null;
  created_at: Date;
  confirmed_at: Date | null;
  ended_at: Date | null;
};

export function toEnrollment(row: EnrollmentRow): Enrollment {
  return {
    id: row.id,
    providerId: row.provider_id,
    sessionId: row.session_id,
    learnerId: row.learner_id,
    customerId: row.customer_id,
    purchaseOrderRef: row.purchase_order_ref,
    enrolledBy: row.enrolled_by,
    source: row.source,
    importSheetId: row.import_sheet_id,
    status: row.status,
    waitlistedAt: row.waitlisted_at,
    offerExpiresAt: row.offer_expires_at,
    termsKey: row.terms_key,
    termsVersion: row.terms_version,
    termsAcceptedBy: row.terms_accepted_by,
    termsAcceptedAt: row.terms_accepted_at,
    priceCents: Number(row.price_cents),
    previouslyRescheduled: row.previously_rescheduled,
    movedFrom: row.moved_from,
    movedTo: row.moved_to,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    endedAt: row.ended_at,
  };
}

// ---- enrollments

export interface NewEnrollment {
  providerId: string;
  sessionId: string;
  learnerId: string;
  customerId: string | null;
  purchaseOrderRef: string | null;
  enrolledBy: string;
  source: EnrollmentSource;
  importSheetId?: string | null;
  status: EnrollmentStatus;
  waitlistedAt: Date | null;
  termsKey: string;
  termsVersion: string;
  termsAcceptedBy: string;
  termsAcceptedAt: Date;
  priceCents: number;
  confirmedAt: Date | null;
  createdAt: Date;
}

function enrollmentRow(e: NewEnrollment) {
  return {
    provider_id: e.providerId,
    session_id: e.sessionId,
    learner_id: e.learnerId,
    customer_id: e.customerId,
    purchase_order_ref: e.purchaseOrderRef,
    enrolled_by: e.enrolledBy,
    source: e.source,
    import_sheet_id: e.importSheetId ?? null,
    status: e.status,
    waitlisted_at: e.waitlistedAt,
    offer_expires_at: null,
    terms_key: e.termsKey,
    terms_version: e.termsVersion,
    terms_accepted_by: e.termsAcceptedBy,
    terms_accepted_at: e.termsAcceptedAt,
    price_cents: e.priceCents,
    confirmed_at: e.confirmedAt,
    created_at: e.createdAt,
    ended_at: null,
    moved_from: null,
    moved_to: null,
  };
}

export async function insertEnrollment(tx: Tx, e: NewEnrollment): Promise<Enrollment> {
  const row = await tx
    .insertInto('enrollments')
    .values(enrollmentRow(e))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEnrollment(row);
}

export async function findEnrollment(ex: Executor, id: string): Promise<Enrollment | undefined> {
  const row = await ex.selectFrom('enrollments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEnrollment(row) : undefined;
}

/** Locks the enrollment row for the rest of the transaction (SELECT ... FOR UPDATE). */
export async function getEnrollmentForUpdate(tx: Tx, id: string): Promise<Enrollment | undefined> {
  const row = await tx
    .selectFrom('enrollments')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? toEnrollment(row) : undefined;
}

/** Fields that change with a status; undefined leaves a column as it is, null clears it. */
export interface StatusFields {
  waitlistedAt?: Date | null;
  offerExpiresAt?: Date | null;
  confirmedAt?: Date | null;
  endedAt?: Date | null;
  movedFrom?: string | null;
  movedTo?: string | null;
  previouslyRescheduled?: boolean;
  priceCents?: number;
}

export async function setEnrollmentStatus(
  tx: Tx,
  id: string,
  status: EnrollmentStatus,
  fields: StatusFields = {},
): Promise<Enrollment> {
  const row = await tx
    .updateTable('enrollments')
    .set({
      status,
      ...(fields.waitlistedAt !== undefined ? { waitlisted_at: fields.waitlistedAt } : {}),
      ...(fields.offerExpiresAt !== undefined ? { offer_expires_at: fields.offerExpiresAt } : {}),
      ...(fields.confirmedAt !== undefined ? { confirmed_at: fields.confirmedAt } : {}),
      ...(fields.endedAt !== undefined ? { ended_at: fields.endedAt } : {}),
      ...(fields.movedFrom !== undefined ? { moved_from: fields.movedFrom } : {}),
      ...(fields.movedTo !== undefined ? { moved_to: fields.movedTo } : {}),
      ...(fields.previouslyRescheduled !== undefined
        ? { previously_rescheduled: fields.previouslyRescheduled }
        : {}),
      ...(fields.priceCents !== undefined ? { price_cents: fields.priceCents } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEnrollment(row);
}

/** The live enrollment of a learner in a session, if any (one per learner per session). */
/** Which of these learners hold a live enrollment in the session. */
export async function liveLearnerIds(
  ex: Executor,
  sessionId: string,
  learnerIds: readonly string[],
): Promise<Set<string>> {
  if (learnerIds.length === 0) return new Set();
  const rows = await ex
    .selectFrom('enrollments')
    .select('learner_id')
    .where('session_id', '=', sessionId)
    .where('learner_id', 'in', learnerIds)
    .where('status', 'in', LIVE_STATUSES)
    .execute();
  return new Set(rows.map((r) => r.learner_id));
}

export async function findLiveEnrollment(
  ex: Executor,
  sessionId: string,
  learnerId: string,
): Promise<Enrollment | undefined> {
  const row = await ex
    .selectFrom('enrollments')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('learner_id', '=', learnerId)
    .where('status', 'in', LIVE_STATUSES)
    .executeTakeFirst();
  return row ? toEnrollment(row) : undefined;
}

/**
 * The first in line on a session's waiting list, locked; SKIP LOCKED so that two seats freed at
 * once go to the first and the second in line rather than both waiting on the first.
 */
export async function firstWaitlistedForUpdate(tx: Tx, sessionId: string): Promise<Enrollment | undefined> {
  const row = await tx
    .selectFrom('enrollments')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlisted_at')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row ? toEnrollment(row) : undefined;
}

/** Offers whose time to accept ran out by `at` (for the sweep that backs up the expiry jobs). */
export async function listExpiredOffers(ex: Executor, at: Date): Promise<string[]> {
  const rows = await ex
    .selectFrom('enrollments')
    .select('id')
    .where('status', '=', 'offered')
    .where('offer_expires_at', '<=', at)
    .orderBy('offer_expires_at')
    .execute();
  return rows.map((r) => r.id);
}

export type EnrollmentScope =
  | { kind: 'everyone' }
  | { kind: 'provider'; providerId: string }
  | { kind: 'customer'; providerId: string; customerId: string }
  | { kind: 'learner'; learnerId: string };

export interface EnrollmentFilter {
  status?: EnrollmentStatus;
  sessionId?: string;
  limit: number;
  offset: number;
}

export interface EnrollmentListRow extends Enrollment {
  learnerName: string;
  learnerEmail: string;
  sessionCode: string;
  sessionStartsAt: Date;
  productName: string;
}

export async function listEnrollments(
  ex: Executor,
  scope: EnrollmentScope,
  filter: EnrollmentFilter,
): Promise<{ items: EnrollmentListRow[]; total: number }> {
  let query = ex
    .selectFrom('enrollments as e')
    .innerJoin('users as u', 'u.id', 'e.learner_id')
    .innerJoin('sessions as s', 's.id', 'e.session_id')
    .innerJoin('products as p', 'p.id', 's.product_id');
  if (scope.kind === 'provider') query = query.where('e.provider_id', '=', scope.providerId);
  if (scope.kind === 'customer')
    query = query.where('e.provider_id', '=', scope.providerId).where('e.customer_id', '=', scope.customerId);
  if (scope.kind === 'learner') query = query.where('e.learner_id', '=', scope.learnerId);
  if (filter.status) query = query.where('e.status', '=', filter.status);
  if (filter.sessionId) query = query.where('e.session_id', '=', filter.sessionId);
  const total = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('e')
    .select([
      'u.name as learner_name',
      'u.email as learner_email',
      's.code as session_code',
      's.starts_at as session_starts_at',
      'p.name as product_name',
    ])
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((row) => ({
      ...toEnrollment(row),
      learnerName: row.learner_name,
      learnerEmail: row.learner_email,
      sessionCode: row.session_code,
      sessionStartsAt: row.session_starts_at,
      productName: row.product_name,
    })),
  };
}

export interface WaitingListRow {
  enrollmentId: string;
  learnerId: string;
  learnerName: string;
  learnerEmail: string;
  status: EnrollmentStatus;
  waitlistedAt: Date | null;
  offerExpiresAt: Date | null;
}

/** Who waits for a seat in a session, first in line first; offered ones (holding a seat) lead. */
export async function listWaitingList(ex: Executor, sessionId: string): Promise<WaitingListRow[]> {
  const rows = await ex
    .selectFrom('enrollments as e')
    .innerJoin('users as u', 'u.id', 'e.learner_id')
    .select([
      'e.id',
      'e.learner_id',
      'u.name',
      'u.email',
      'e.status',
      'e.waitlisted_at',
      'e.offer_expires_at',
      'e.created_at',
    ])
    .where('e.session_id', '=', sessionId)
    .where('e.status', 'in', ['offered', 'waitlisted'])
    .orderBy(sql`case when e.status = 'offered' then 0 else 1 end`)
    .orderBy('e.waitlisted_at')
    .orderBy('e.created_at')
    .execute();
  return rows.map((r) => ({
    enrollmentId: r.id,
    learnerId: r.learner_id,
    learnerName: r.name,
    learnerEmail: r.email,
    status: r.status,
    waitlistedAt: r.waitlisted_at,
    offerExpiresAt: r.offer_expires_at,
  }));
}
