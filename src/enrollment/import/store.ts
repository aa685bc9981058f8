/**
 * All SQL of import sheets. The reads load what validation needs for a whole sheet in a handful of
 * queries (arrays as one parameter); the writes insert a whole batch per statement from one JSON
 * parameter (jsonb_to_recordset), so 10,000 rows cost a few round trips, not tens of thousands.
 * It reads sessions, customers and users directly, and inserts learners, because a per-row call into
 * those contexts' services cannot meet the 5 s for 10,000 rows (docs/decisions/0006-import-sheets.md).
 */
import { sql } from 'kysely';
import type { VatCode } from '../../catalog/model.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import type { ClauseJson, ImportErrorJson } from '../model.ts';
import type { CustomerFacts, PrerequisiteFacts, RowInput, SessionFacts, UserFacts } from './rules.ts';

export interface SessionPricing extends SessionFacts {
  providerId: string;
  priceCents: number;
  vatCode: VatCode;
  productType: string;
  quoteTermsKey: string | null;
  quoteTermsVersion: string | null;
}

export async function sessionsByCodes(
  ex: Executor,
  providerId: string,
  codes: readonly string[],
): Promise<SessionPricing[]> {
  if (codes.length === 0) return [];
  const rows = await ex
    .selectFrom('sessions as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .select([
      's.id',
      's.provider_id',
      's.code',
      's.product_id',
      'p.name as product_name',
      'p.type as product_type',
      's.status',
      's.starts_at',
      's.registration_deadline',
      's.capacity',
      's.booked',
      's.kind',
      's.customer_id',
      's.price_cents',
      'p.price_cents as product_price_cents',
      'p.vat_code',
      's.quote_terms_key',
      's.quote_terms_version',
    ])
    .where('s.provider_id', '=', providerId)
    .where(sql<boolean>`s.code = any(${[...codes]}::text[])`)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    providerId: r.provider_id,
    code: r.code,
    productId: r.product_id,
    productName: r.product_name,
    productType: r.product_type,
    status: r.status,
    startsAt: r.starts_at,
    registrationDeadline: r.registration_deadline,
    capacity: r.capacity,
    booked: r.booked,
    kind: r.kind,
    customerId: r.customer_id,
    priceCents: Number(r.price_cents ?? r.product_price_cents),
    vatCode: r.vat_code,
    quoteTermsKey: r.quote_terms_key,
    quoteTermsVersion: r.quote_terms_version,
  }));
}

export async function customersOfProvider(ex: Executor, providerId: string): Promise<CustomerFacts[]> {
  const rows = await ex
    .selectFrom('customers')
    .select(['id', 'name', 'chamber_of_commerce_number'])
    .where('provider_id', '=', providerId)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, chamberOfCommerceNumber: r.chamber_of_commerce_number }));
}

export async function usersByEmails(ex: Executor, emails: readonly string[]): Promise<UserFacts[]> {
  if (emails.length === 0) return [];
  const rows = await ex
    .selectFrom('users')
    .select(['id', 'email', 'role', 'provider_id', 'customer_id'])
    .where(sql<boolean>`lower(email) = any(${[...emails]}::text[])`)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email.toLowerCase(),
    role: r.role,
    providerId: r.provider_id,
    customerId: r.customer_id,
  }));
}

export async function liveEnrollments(
  ex: Executor,
  sessionIds: readonly string[],
  learnerIds: readonly string[],
  liveStatuses: readonly string[],
): Promise<{ sessionId: string; learnerId: string }[]> {
  if (sessionIds.length === 0 || learnerIds.length === 0) return [];
  const rows = await ex
    .selectFrom('enrollments')
    .select(['session_id', 'learner_id'])
    .where(sql<boolean>`session_id = any(${[...sessionIds]}::uuid[])`)
    .where(sql<boolean>`learner_id = any(${[...learnerIds]}::uuid[])`)
    .where(sql<boolean>`status = any(${[...liveStatuses]}::text[])`)
    .execute();
  return rows.map((r) => ({ sessionId: r.session_id, learnerId: r.learner_id }));
}

export async function prerequisitesOf(
  ex: Executor,
  productIds: readonly string[],
): Promise<(PrerequisiteFacts & { productId: string })[]> {
  if (productIds.length === 0) return [];
  const rows = await ex
    .selectFrom('product_prerequisites as pp')
    .innerJoin('products as p', 'p.id', 'pp.required_product_id')
    .select(['pp.product_id', 'pp.required_product_id', 'p.name', 'pp.requirement'])
    .where(sql<boolean>`pp.product_id = any(${[...productIds]}::uuid[])`)
    .execute();
  return rows.map((r) => ({
    productId: r.product_id,
    requiredProductId: r.required_product_id,
    requiredProductName: r.name,
    requirement: r.requirement,
  }));
}

export async function achievementsOf(
  ex: Executor,
  learnerIds: readonly string[],
  productIds: readonly string[],
): Promise<{ learnerId: string; productId: string; achievement: string }[]> {
  if (learnerIds.length === 0 || productIds.length === 0) return [];
  const rows = await ex
    .selectFrom('learner_achievements')
    .select(['learner_id', 'product_id', 'achievement'])
    .where(sql<boolean>`learner_id = any(${[...learnerIds]}::uuid[])`)
    .where(sql<boolean>`product_id = any(${[...productIds]}::uuid[])`)
    .execute();
  return rows.map((r) => ({ learnerId: r.learner_id, productId: r.product_id, achievement: r.achievement }));
}

// ---- Sheets

export interface SheetRow {
  id: string;
  providerId: string;
  customerId: string | null;
  uploadedBy: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: 'validated' | 'committed' | 'discarded';
  mapping: Record<string, string>;
  rowCount: number;
  validCount: number;
  errors: ImportErrorJson[];
  rows: RowInput[];
  createdAt: Date;
  committedAt: Date | null;
}

export interface NewSheet {
  id: string;
  providerId: string;
  customerId: string | null;
  uploadedBy: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  mapping: Record<string, string>;
  rowCount: number;
  validCount: number;
  errors: ImportErrorJson[];
  rows: RowInput[];
  createdAt: Date;
}

export async function insertSheet(ex: Executor, s: NewSheet): Promise<void> {
  await ex
    .insertInto('import_sheets')
    .values({
      id: s.id,
      provider_id: s.providerId,
      customer_id: s.customerId,
      uploaded_by: s.uploadedBy,
      file_name: s.fileName,
      format: s.format,
      mapping: JSON.stringify(s.mapping),
      row_count: s.rowCount,
      valid_count: s.validCount,
      errors: JSON.stringify(s.errors),
      rows: JSON.stringify(s.rows),
      created_at: s.createdAt,
    })
    .execute();
}

export async function findSheet(ex: Executor, id: string, forUpdate = false): Promise<SheetRow | undefined> {
  let q = ex.selectFrom('import_sheets').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    providerId: r.provider_id,
    customerId: r.customer_id,
    uploadedBy: r.uploaded_by,
    fileName: r.file_name,
    format: r.format,
    status: r.status,
    mapping: r.mapping,
    rowCount: r.row_count,
    validCount: r.valid_count,
    errors: r.errors,
    rows: r.rows as RowInput[],
    createdAt: r.created_at,
    committedAt: r.committed_at,
  };
}

export async function markCommitted(tx: Tx, id: string, at: Date): Promise<void> {
  await tx
    .updateTable('import_sheets')
    .set({ status: 'committed', committed_at: at })
    .where('id', '=', id)
    .execute();
}

/** Discards a sheet not yet committed, dropping the people's data it holds; false when it was not open. */
export async function discardSheet(ex: Executor, id: string): Promise<boolean> {
  const row = await ex
    .updateTable('import_sheets')
    .set({ status: 'discarded', rows: '[]', errors: '[]', valid_count: 0 })
    .where('id', '=', id)
    .where('status', '=', 'validated')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The errors found when the commit validated again; the rows that still pass stay as they are. */
export async function replaceErrors(
  ex: Executor,
  id: string,
  errors: ImportErrorJson[],
  rows: RowInput[],
): Promise<void> {
  await ex
    .updateTable('import_sheets')
    .set({ errors: JSON.stringify(errors), rows: JSON.stringify(rows), valid_count: rows.length })
    .where('id', '=', id)
    .where('status', '=', 'validated')
    .execute();
}

// ---- Commit

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

export async function providerTimeZone(ex: Executor, providerId: string): Promise<string> {
  const row = await ex
    .selectFrom('providers')
    .select('time_zone')
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
  return row.time_zone;
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

// ---- Confirmation mails after the commit

/** The number of the sheet's enrollments already mailed, with the sheet locked for this chunk. */
export async function lockConfirmationCounter(tx: Tx, sheetId: string): Promise<number | undefined> {
  const row = await tx
    .selectFrom('import_sheets')
    .select('confirmations_queued')
    .where('id', '=', sheetId)
    .where('status', '=', 'committed')
    .forUpdate()
    .executeTakeFirst();
  return row?.confirmations_queued;
}

export async function setConfirmationCounter(tx: Tx, sheetId: string, n: number): Promise<void> {
  await tx.updateTable('import_sheets').set({ confirmations_queued: n }).where('id', '=', sheetId).execute();
}

export interface SheetEnrollment {
  id: string;
  sessionId: string;
  status: string;
  termsKey: string;
  termsVersion: string;
  learner: { name: string; email: string; locale: 'nl' | 'en' };
}

/** The sheet's enrollments in id order, from the `offset`-th on. */
export async function sheetEnrollments(
  ex: Executor,
  sheetId: string,
  offset: number,
  limit: number,
): Promise<SheetEnrollment[]> {
  const rows = await ex
    .selectFrom('enrollments as e')
    .innerJoin('users as u', 'u.id', 'e.learner_id')
    .select([
      'e.id',
      'e.session_id',
      'e.status',
      'e.terms_key',
      'e.terms_version',
      'u.name',
      'u.email',
      'u.locale',
    ])
    .where('e.import_sheet_id', '=', sheetId)
    .orderBy('e.id')
    .offset(offset)
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    status: r.status,
    termsKey: r.terms_key,
    termsVersion: r.terms_version,
    learner: { name: r.name, email: r.email, locale: r.locale },
  }));
}
