/**
 * SQL of the enrollment context: enrollments, their events and ledger lines, the provider's
 * enrollment settings, and the reads of sessions, products and learners enrolling needs.
 * Seat counting lives in seats.ts (one conditional UPDATE).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Achievement, ProductType, SessionKind, SessionStatus, VatCode } from '../catalog/model.ts';
import type { Locale, Role } from '../identity/model.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import {
  type ClauseJson,
  ENROLLMENT_EVENT_TYPES,
  type EnrollmentEventType,
  type EnrollmentSource,
  type EnrollmentStatus,
  type LedgerKind,
  LIVE_STATUSES,
} from './model.ts';

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

type EnrollmentRow = {
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

function toEnrollment(row: EnrollmentRow): Enrollment {
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

/**
 * Inserts an enrollment and its first events in ONE statement (a data-modifying CTE; the events'
 * foreign key is checked at the statement's end, when the enrollment is there): the hot path of a
 * full session (bench/enroll-hot.ts) makes one round trip for both. The ids are made here, so the
 * events need not wait for the enrollment's RETURNING. Returns the enrollment and the events' ids,
 * in the order given.
 */
export async function insertEnrollmentWithEvents(
  tx: Tx,
  e: NewEnrollment,
  events: readonly Omit<NewEvent, 'enrollmentId'>[],
): Promise<{ enrollment: Enrollment; eventIds: string[] }> {
  const id = randomUUID();
  const eventIds = events.map(() => randomUUID());
  const row = await tx
    .with('events', (db) =>
      db
        .insertInto('enrollment_events')
        .values(events.map((event, i) => ({ id: eventIds[i], ...eventRow({ ...event, enrollmentId: id }) })))
        .returning('id'),
    )
    .insertInto('enrollments')
    .values({ id, ...enrollmentRow(e) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { enrollment: toEnrollment(row), eventIds };
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

// ---- events and ledger

export interface NewEvent {
  enrollmentId: string;
  type: EnrollmentEventType;
  actorId: string | null;
  at: Date;
  /** The terms engine's decision as shown to the user, if the event was decided under the terms. */
  decision?: unknown;
  details?: Record<string, unknown>;
}

export async function insertEvent(tx: Tx, event: NewEvent): Promise<string> {
  const [id] = await insertEvents(tx, [event]);
  if (id === undefined) throw new Error('the event was not written');
  return id;
}

function eventRow(event: NewEvent) {
  return {
    enrollment_id: event.enrollmentId,
    type: event.type,
    actor_id: event.actorId,
    at: event.at,
    decision: event.decision === undefined ? null : JSON.stringify(event.decision),
    details: JSON.stringify(event.details ?? {}),
  };
}

/** Several events in one statement; their ids in the order given. */
export async function insertEvents(tx: Tx, events: readonly NewEvent[]): Promise<string[]> {
  const rows = await tx
    .insertInto('enrollment_events')
    .values(events.map(eventRow))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface EnrollmentEvent {
  id: string;
  type: EnrollmentEventType;
  actorId: string | null;
  at: Date;
  decision: unknown;
  details: Record<string, unknown>;
}

export async function listEvents(ex: Executor, enrollmentId: string): Promise<EnrollmentEvent[]> {
  const rows = await ex
    .selectFrom('enrollment_events')
    .selectAll()
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  // Events of one moment (one transaction) in lifecycle order: the type list is written in that order.
  rows.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      ENROLLMENT_EVENT_TYPES.indexOf(a.type) - ENROLLMENT_EVENT_TYPES.indexOf(b.type),
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    actorId: r.actor_id,
    at: r.at,
    decision: r.decision,
    details: r.details,
  }));
}

export interface NewLedgerLine {
  enrollmentId: string;
  providerId: string;
  eventId: string | null;
  kind: LedgerKind;
  /** Cents: positive is to be invoiced, negative to be credited. */
  amountCents: number;
  vatCode: VatCode;
  description: string;
  clauses: ClauseJson[];
  createdAt: Date;
}

export async function insertLedgerLines(tx: Tx, lines: readonly NewLedgerLine[]): Promise<void> {
  if (lines.length === 0) return;
  await tx
    .insertInto('enrollment_ledger')
    .values(
      lines.map((l) => ({
        enrollment_id: l.enrollmentId,
        provider_id: l.providerId,
        event_id: l.eventId,
        kind: l.kind,
        amount_cents: l.amountCents,
        vat_code: l.vatCode,
        description: l.description,
        clauses: JSON.stringify(l.clauses),
        created_at: l.createdAt,
        invoiced_at: null,
      })),
    )
    .execute();
}

export interface LedgerLine {
  id: string;
  eventId: string | null;
  kind: LedgerKind;
  amountCents: number;
  vatCode: VatCode;
  description: string;
  clauses: ClauseJson[];
  createdAt: Date;
  invoicedAt: Date | null;
}

export async function listLedger(ex: Executor, enrollmentId: string): Promise<LedgerLine[]> {
  const rows = await ex
    .selectFrom('enrollment_ledger')
    .selectAll()
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('created_at')
    .orderBy('kind')
    .orderBy('amount_cents', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    kind: r.kind,
    amountCents: Number(r.amount_cents),
    vatCode: r.vat_code,
    description: r.description,
    clauses: r.clauses,
    createdAt: r.created_at,
    invoicedAt: r.invoiced_at,
  }));
}

// ---- settings

export interface EnrollmentSettings {
  requiresApproval: boolean;
  offerHours: number;
}

export const DEFAULT_SETTINGS: EnrollmentSettings = { requiresApproval: false, offerHours: 48 };

export async function findSettings(ex: Executor, providerId: string): Promise<EnrollmentSettings> {
  const row = await ex
    .selectFrom('enrollment_settings')
    .select(['requires_approval', 'offer_hours'])
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return row ? { requiresApproval: row.requires_approval, offerHours: row.offer_hours } : DEFAULT_SETTINGS;
}

export async function saveSettings(
  tx: Tx,
  providerId: string,
  settings: EnrollmentSettings,
  at: Date,
): Promise<void> {
  await tx
    .insertInto('enrollment_settings')
    .values({
      provider_id: providerId,
      requires_approval: settings.requiresApproval,
      offer_hours: settings.offerHours,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.column('provider_id').doUpdateSet({
        requires_approval: settings.requiresApproval,
        offer_hours: settings.offerHours,
        updated_at: at,
      }),
    )
    .execute();
}

// ---- what enrolling reads of other contexts' tables

/** The terms key a provider's standard enrollments run under (providers.terms_provider_id). */
export async function findProviderTermsKey(ex: Executor, providerId: string): Promise<string | undefined> {
  const row = await ex
    .selectFrom('providers')
    .select('terms_provider_id')
    .where('id', '=', providerId)
    .executeTakeFirst();
  return row?.terms_provider_id;
}

export interface SessionForEnrollment {
  id: string;
  providerId: string;
  code: string;
  status: SessionStatus;
  kind: SessionKind;
  customerId: string | null;
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date | null;
  capacity: number;
  booked: number;
  language: 'nl' | 'en';
  quoteTermsKey: string | null;
  quoteTermsVersion: string | null;
  /** The session's own price, else the product's (cents excl. VAT). */
  priceCents: number;
  product: {
    id: string;
    name: string;
    type: ProductType;
    priceCents: number;
    vatCode: VatCode;
    published: boolean;
    /** Whether the product has prerequisites at all: without, nobody's achievements need reading. */
    hasPrerequisites: boolean;
  };
  /** The provider's enrollment settings, read with the session (one round trip fewer per enrollment). */
  settings: EnrollmentSettings;
  /** Asked for with `liveFor`: whether that learner already holds a live enrollment in the session. */
  learnerLive?: boolean;
  location: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    country: string;
    onlineUrl: string | null;
  } | null;
  provider: { name: string; timeZone: string; termsProviderId: string };
}

/**
 * The session with what enrolling in it needs. With `liveFor`, also whether that learner is enrolled
 * in it already, in the same round trip (a learner enrolling themself: bench/enroll-hot.ts).
 */
export async function findSessionForEnrollment(
  ex: Executor,
  sessionId: string,
  options: { liveFor?: string } = {},
): Promise<SessionForEnrollment | undefined> {
  const { liveFor } = options;
  const row = await ex
    .selectFrom('sessions as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .innerJoin('providers as pr', 'pr.id', 's.provider_id')
    .leftJoin('locations as l', 'l.id', 's.location_id')
    .leftJoin('enrollment_settings as es', 'es.provider_id', 's.provider_id')
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('product_prerequisites as pp')
            .select('pp.product_id')
            .whereRef('pp.product_id', '=', 'p.id'),
        )
        .as('has_prerequisites'),
      'es.requires_approval',
      'es.offer_hours',
      's.id',
      's.provider_id',
      's.code',
      's.status',
      's.kind',
      's.customer_id',
      's.starts_at',
      's.ends_at',
      's.registration_deadline',
      's.capacity',
      's.booked',
      's.language',
      's.quote_terms_key',
      's.quote_terms_version',
      's.price_cents as session_price',
      'p.id as product_id',
      'p.name as product_name',
      'p.type as product_type',
      'p.price_cents as product_price',
      'p.vat_code as product_vat',
      'p.published as product_published',
      'l.name as location_name',
      'l.street as location_street',
      'l.postal_code as location_postal_code',
      'l.city as location_city',
      'l.country as location_country',
      'l.online_url as location_online_url',
      'pr.name as provider_name',
      'pr.time_zone as provider_time_zone',
      'pr.terms_provider_id',
    ])
    .$if(liveFor !== undefined, (q) =>
      q.select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('enrollments as e')
              .select('e.id')
              .whereRef('e.session_id', '=', 's.id')
              .where('e.learner_id', '=', liveFor as string)
              .where('e.status', 'in', LIVE_STATUSES),
          )
          .as('learner_live'),
      ),
    )
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  const productPrice = Number(row.product_price);
  return {
    id: row.id,
    providerId: row.provider_id,
    code: row.code,
    status: row.status,
    kind: row.kind,
    customerId: row.customer_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    registrationDeadline: row.registration_deadline,
    capacity: row.capacity,
    booked: row.booked,
    language: row.language,
    quoteTermsKey: row.quote_terms_key,
    quoteTermsVersion: row.quote_terms_version,
    priceCents: row.session_price === null ? productPrice : Number(row.session_price),
    product: {
      id: row.product_id,
      name: row.product_name,
      type: row.product_type,
      priceCents: productPrice,
      vatCode: row.product_vat,
      published: row.product_published,
      hasPrerequisites: truthy(row.has_prerequisites),
    },
    settings:
      row.requires_approval === null || row.offer_hours === null
        ? DEFAULT_SETTINGS
        : { requiresApproval: row.requires_approval, offerHours: row.offer_hours },
    location:
      row.location_name === null
        ? null
        : {
            name: row.location_name,
            street: row.location_street ?? '',
            postalCode: row.location_postal_code ?? '',
            city: row.location_city ?? '',
            country: row.location_country ?? '',
            onlineUrl: row.location_online_url,
          },
    provider: {
      name: row.provider_name,
      timeZone: row.provider_time_zone,
      termsProviderId: row.terms_provider_id,
    },
    ...(liveFor !== undefined ? { learnerLive: truthy(row.learner_live) } : {}),
  };
}

/** An EXISTS column: a boolean on PostgreSQL and PGlite alike, guarded against a driver's 1. */
const truthy = (value: unknown): boolean => value === true || value === 1;

export interface UnmetPrerequisite {
  productId: string;
  productName: string;
  requirement: Achievement;
}

/**
 * The prerequisites of a product the learner has not achieved. A 'completed' requirement (e-learning)
 * is also met by having passed it.
 */
export async function unmetPrerequisites(
  ex: Executor,
  productId: string,
  learnerId: string,
): Promise<UnmetPrerequisite[]> {
  const rows = await ex
    .selectFrom('product_prerequisites as pp')
    .innerJoin('products as p', 'p.id', 'pp.required_product_id')
    .select(['pp.required_product_id', 'p.name', 'pp.requirement'])
    .where('pp.product_id', '=', productId)
    .where(({ not, exists, selectFrom, and, or }) =>
      not(
        exists(
          selectFrom('learner_achievements as a')
            .select('a.learner_id')
            .where((w) =>
              and([
                w('a.learner_id', '=', learnerId),
                w('a.product_id', '=', w.ref('pp.required_product_id')),
                or([w('a.achievement', '=', w.ref('pp.requirement')), w('a.achievement', '=', 'passed')]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({
    productId: r.required_product_id,
    productName: r.name,
    requirement: r.requirement,
  }));
}

export interface LearnerRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  providerId: string | null;
  customerId: string | null;
  disabled: boolean;
}

export async function findUsers(ex: Executor, ids: readonly string[]): Promise<LearnerRow[]> {
  if (ids.length === 0) return [];
  const rows = await ex
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'locale', 'provider_id', 'customer_id', 'disabled'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toLearner);
}

export async function findUserByEmail(ex: Executor, email: string): Promise<LearnerRow | undefined> {
  const row = await ex
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'locale', 'provider_id', 'customer_id', 'disabled'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row ? toLearner(row) : undefined;
}

function toLearner(r: {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  provider_id: string | null;
  customer_id: string | null;
  disabled: boolean;
}): LearnerRow {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    locale: r.locale,
    providerId: r.provider_id,
    customerId: r.customer_id,
    disabled: r.disabled,
  };
}
