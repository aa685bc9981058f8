/** The catalog's SQL for sessions: reading them (with their listings) and writing them. */
import { type Selectable, sql, type Updateable } from 'kysely';
import type { Executor } from '../platform/db/database.ts';
import type {
  CatalogTables,
  Location,
  Session,
  SessionCancelReason,
  SessionKind,
  SessionStatus,
} from './model.ts';

type SessionRow = Selectable<CatalogTables['sessions']>;
// ---- sessions

function toSession(row: SessionRow): Session {
  const capacity = Number(row.capacity);
  const booked = Number(row.booked);
  return {
    id: row.id,
    providerId: row.provider_id,
    productId: row.product_id,
    code: row.code,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    locationId: row.location_id,
    instructorId: row.instructor_id,
    capacity,
    booked,
    seatsLeft: Math.max(0, capacity - booked),
    minParticipants: Number(row.min_participants),
    registrationDeadline: row.registration_deadline
      ? new Date(row.registration_deadline).toISOString()
      : null,
    status: row.status,
    kind: row.kind,
    customerId: row.customer_id,
    quoteTermsKey: row.quote_terms_key,
    quoteTermsVersion: row.quote_terms_version,
    priceCents: row.price_cents === null ? null : Number(row.price_cents),
    language: row.language,
    cancelledReason: row.cancelled_reason,
  };
}

export async function findSessionById(ex: Executor, id: string): Promise<Session | undefined> {
  const row = await ex.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSession(row);
}

/**
 * Open sessions of a product starting after `after`, still taking enrollments at `now`
 * (planned or confirmed, registration deadline not passed) with a seat left; earliest first.
 */
export async function listOpenSessionsOfProduct(
  ex: Executor,
  productId: string,
  after: Date,
  now: Date,
  options: { excludeId?: string; withSeatsOnly: boolean; limit: number },
): Promise<Session[]> {
  let query = ex
    .selectFrom('sessions')
    .selectAll()
    .where('product_id', '=', productId)
    .where('kind', '=', 'open')
    .where('status', 'in', ['planned', 'confirmed'])
    .where('starts_at', '>', after)
    .where((eb) => eb.or([eb('registration_deadline', 'is', null), eb('registration_deadline', '>', now)]));
  if (options.excludeId) query = query.where('id', '<>', options.excludeId);
  if (options.withSeatsOnly) query = query.whereRef('booked', '<', 'capacity');
  const rows = await query.orderBy('starts_at').orderBy('code').limit(options.limit).execute();
  return rows.map(toSession);
}

// ---- sessions: writing

export interface NewSession {
  providerId: string;
  productId: string;
  code: string;
  startsAt: Date;
  endsAt: Date;
  locationId: string | null;
  instructorId: string | null;
  capacity: number;
  minParticipants: number;
  registrationDeadline: Date | null;
  kind: SessionKind;
  customerId: string | null;
  quoteTermsKey: string | null;
  quoteTermsVersion: string | null;
  priceCents: number | null;
  language: 'nl' | 'en';
}

export async function findSessionByCode(
  ex: Executor,
  providerId: string,
  code: string,
): Promise<Session | undefined> {
  const row = await ex
    .selectFrom('sessions')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toSession(row);
}

/** The columns a planner sets, written alike when a session is created and when it is changed. */
function sessionColumns(s: Omit<NewSession, 'providerId' | 'productId'>) {
  return {
    code: s.code,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
    location_id: s.locationId,
    instructor_id: s.instructorId,
    capacity: s.capacity,
    min_participants: s.minParticipants,
    registration_deadline: s.registrationDeadline,
    kind: s.kind,
    customer_id: s.customerId,
    quote_terms_key: s.quoteTermsKey,
    quote_terms_version: s.quoteTermsVersion,
    price_cents: s.priceCents,
    language: s.language,
  };
}

export async function insertSession(ex: Executor, s: NewSession, at: Date): Promise<Session> {
  const row = await ex
    .insertInto('sessions')
    .values({ provider_id: s.providerId, product_id: s.productId, ...sessionColumns(s), created_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSession(row);
}

/** The row, locked until the transaction ends: status and capacity changes read and write under it. */
export async function findSessionForUpdate(tx: Executor, id: string): Promise<Session | undefined> {
  const row = await tx.selectFrom('sessions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toSession(row);
}

/**
 * Writes a session's changed fields. A new capacity is written only if it still holds every booked
 * seat (a seat may have been taken since it was read): undefined means it no longer does.
 */
export async function updateSession(
  tx: Executor,
  id: string,
  s: Omit<NewSession, 'providerId' | 'productId'>,
): Promise<Session | undefined> {
  const values: Updateable<CatalogTables['sessions']> = sessionColumns(s);
  const row = await tx
    .updateTable('sessions')
    .set(values)
    .where('id', '=', id)
    .where('booked', '<=', s.capacity)
    .returningAll()
    .executeTakeFirst();
  return row && toSession(row);
}

export async function setSessionStatus(
  tx: Executor,
  id: string,
  status: SessionStatus,
  cancelledReason: SessionCancelReason | null,
): Promise<Session> {
  const row = await tx
    .updateTable('sessions')
    .set({ status, cancelled_reason: cancelledReason })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSession(row);
}

// ---- sessions: reading for the catalog and staff

export interface SessionListing {
  session: Session;
  productCode: string;
  productName: string;
  productPublished: boolean;
  location: Location | null;
  instructorName: string | null;
  customerName: string | null;
}

function listingQuery(ex: Executor) {
  return ex
    .selectFrom('sessions as s')
    .innerJoin('products as p', 'p.id', 's.product_id')
    .leftJoin('locations as l', 'l.id', 's.location_id')
    .leftJoin('users as u', 'u.id', 's.instructor_id')
    .leftJoin('customers as c', 'c.id', 's.customer_id')
    .selectAll('s')
    .select([
      'p.code as product_code',
      'p.name as product_name',
      'p.published as product_published',
      'l.id as l_id',
      'l.provider_id as l_provider_id',
      'l.name as l_name',
      'l.street as l_street',
      'l.postal_code as l_postal_code',
      'l.city as l_city',
      'l.country as l_country',
      'l.online_url as l_online_url',
      'u.name as instructor_name',
      'c.name as customer_name',
    ]);
}

type ListingRow = Awaited<ReturnType<ReturnType<typeof listingQuery>['executeTakeFirstOrThrow']>>;

function toListing(r: ListingRow): SessionListing {
  return {
    session: toSession(r),
    productCode: r.product_code,
    productName: r.product_name,
    productPublished: r.product_published,
    location:
      r.l_id === null
        ? null
        : {
            id: r.l_id,
            providerId: r.l_provider_id ?? '',
            name: r.l_name ?? '',
            street: r.l_street ?? '',
            postalCode: r.l_postal_code ?? '',
            city: r.l_city ?? '',
            country: r.l_country ?? '',
            onlineUrl: r.l_online_url,
          },
    instructorName: r.instructor_name,
    customerName: r.customer_name,
  };
}

export async function findSessionListing(ex: Executor, id: string): Promise<SessionListing | undefined> {
  const row = await listingQuery(ex).where('s.id', '=', id).executeTakeFirst();
  return row && toListing(row);
}

export interface SessionFilter {
  providerId?: string | undefined;
  productIds?: string[] | undefined;
  /** Open sessions still taking enrollments at this moment (planned or confirmed, deadline ahead). */
  bookableAt?: Date | undefined;
  startsFrom?: Date | undefined;
  startsBefore?: Date | undefined;
  status?: SessionStatus | undefined;
  locationId?: string | undefined;
  city?: string | undefined;
  limit: number;
}

export async function listSessionListings(ex: Executor, f: SessionFilter): Promise<SessionListing[]> {
  let query = listingQuery(ex);
  if (f.providerId) query = query.where('s.provider_id', '=', f.providerId);
  if (f.productIds) {
    if (f.productIds.length === 0) return [];
    query = query.where('s.product_id', 'in', f.productIds);
  }
  if (f.bookableAt) {
    const at = f.bookableAt;
    query = query
      .where('s.kind', '=', 'open')
      .where('s.status', 'in', ['planned', 'confirmed'])
      .where('s.starts_at', '>', at)
      .where((eb) =>
        eb.or([eb('s.registration_deadline', 'is', null), eb('s.registration_deadline', '>', at)]),
      );
  }
  if (f.startsFrom) query = query.where('s.starts_at', '>=', f.startsFrom);
  if (f.startsBefore) query = query.where('s.starts_at', '<', f.startsBefore);
  if (f.status) query = query.where('s.status', '=', f.status);
  if (f.locationId) query = query.where('s.location_id', '=', f.locationId);
  if (f.city) query = query.where(sql<string>`lower(l.city)`, '=', f.city.toLowerCase());
  const rows = await query.orderBy('s.starts_at').orderBy('s.code').limit(f.limit).execute();
  return rows.map(toListing);
}
