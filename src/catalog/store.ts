/** All SQL of the catalog context. */
import { type Selectable, sql, type Updateable } from 'kysely';
import type { Executor } from '../platform/db/database.ts';
import type {
  Achievement,
  CatalogTables,
  ExamDelivery,
  ExamFormat,
  LearnerAchievement,
  Location,
  PackageComponent,
  Prerequisite,
  Product,
  ProductType,
  Session,
  SessionCancelReason,
  SessionKind,
  SessionStatus,
  VatCode,
} from './model.ts';

type ProductRow = Selectable<CatalogTables['products']>;
type SessionRow = Selectable<CatalogTables['sessions']>;
type LocationRow = Selectable<CatalogTables['locations']>;

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    providerId: row.provider_id,
    code: row.code,
    name: row.name,
    type: row.type,
    priceCents: Number(row.price_cents),
    vatCode: row.vat_code,
    durationMinutes: row.duration_minutes,
    description: row.description,
    published: row.published,
    programme: row.programme,
    examDelivery: row.exam_delivery,
    examFormat: row.exam_format,
    reschedulesAsCancellation: row.reschedules_as_cancellation,
    proofOfParticipation: row.proof_of_participation,
  };
}

/** Which products a search may return. */
export interface ProductVisibility {
  /** Limit to one provider. */
  providerId?: string | undefined;
  /** Unpublished products of this provider are visible too (its own staff); 'all' for the platform admin. */
  unpublishedOf: string | 'all' | null;
}

export async function searchProducts(
  ex: Executor,
  visibility: ProductVisibility,
  filter: { q?: string | undefined; type?: ProductType | undefined },
): Promise<Product[]> {
  let query = ex.selectFrom('products').selectAll();
  if (visibility.providerId) query = query.where('provider_id', '=', visibility.providerId);
  const { unpublishedOf } = visibility;
  if (unpublishedOf !== 'all') {
    query = query.where((eb) =>
      unpublishedOf === null
        ? eb('published', '=', true)
        : eb.or([eb('published', '=', true), eb('provider_id', '=', unpublishedOf)]),
    );
  }
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('name', 'ilike', like), eb('code', 'ilike', like), eb('description', 'ilike', like)]),
    );
  }
  const rows = await query.orderBy('name').orderBy('id').limit(500).execute();
  return rows.map(toProduct);
}

export async function findProductById(ex: Executor, id: string): Promise<Product | undefined> {
  const row = await ex.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProduct(row);
}

export async function findProductByCode(
  ex: Executor,
  providerId: string,
  code: string,
): Promise<Product | undefined> {
  const row = await ex
    .selectFrom('products')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toProduct(row);
}

export interface NewProduct {
  providerId: string;
  code: string;
  name: string;
  type: ProductType;
  priceCents: number;
  vatCode: VatCode;
  durationMinutes: number | null;
  description: string;
  published: boolean;
  programme: string;
  examDelivery: ExamDelivery | null;
  examFormat: ExamFormat | null;
  reschedulesAsCancellation: boolean;
  proofOfParticipation: boolean;
}

export async function insertProduct(ex: Executor, p: NewProduct, at: Date): Promise<Product> {
  const row = await ex
    .insertInto('products')
    .values({
      provider_id: p.providerId,
      code: p.code,
      name: p.name,
      type: p.type,
      price_cents: p.priceCents,
      vat_code: p.vatCode,
      duration_minutes: p.durationMinutes,
      description: p.description,
      published: p.published,
      programme: p.programme,
      exam_delivery: p.examDelivery,
      exam_format: p.examFormat,
      reschedules_as_cancellation: p.reschedulesAsCancellation,
      proof_of_participation: p.proofOfParticipation,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProduct(row);
}

// ---- package components and prerequisites

export async function listComponents(ex: Executor, packageId: string): Promise<PackageComponent[]> {
  const rows = await ex
    .selectFrom('package_components as c')
    .innerJoin('products as p', 'p.id', 'c.component_id')
    .select(['c.component_id', 'c.position', 'c.price_cents', 'c.vat_code', 'p.code', 'p.name', 'p.type'])
    .where('c.package_id', '=', packageId)
    .orderBy('c.position')
    .orderBy('p.code')
    .execute();
  return rows.map((r) => ({
    componentId: r.component_id,
    code: r.code,
    name: r.name,
    type: r.type,
    position: r.position,
    priceCents: Number(r.price_cents),
    vatCode: r.vat_code,
  }));
}

export async function listPrerequisites(ex: Executor, productId: string): Promise<Prerequisite[]> {
  const rows = await ex
    .selectFrom('product_prerequisites as r')
    .innerJoin('products as p', 'p.id', 'r.required_product_id')
    .select(['r.required_product_id', 'r.requirement', 'p.code', 'p.name', 'p.type'])
    .where('r.product_id', '=', productId)
    .orderBy('p.code')
    .execute();
  return rows.map((r) => ({
    requiredProductId: r.required_product_id,
    code: r.code,
    name: r.name,
    type: r.type,
    requirement: r.requirement,
  }));
}

// ---- locations

export function toLocation(row: LocationRow): Location {
  return {
    id: row.id,
    providerId: row.provider_id,
    name: row.name,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    onlineUrl: row.online_url,
  };
}

export async function findLocationById(ex: Executor, id: string): Promise<Location | undefined> {
  const row = await ex.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toLocation(row);
}

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

export type ProductChanges = Partial<Omit<NewProduct, 'providerId' | 'code' | 'type'>>;

export async function updateProduct(ex: Executor, id: string, c: ProductChanges, at: Date): Promise<Product> {
  const row = await ex
    .updateTable('products')
    .set({
      ...(c.name !== undefined && { name: c.name }),
      ...(c.priceCents !== undefined && { price_cents: c.priceCents }),
      ...(c.vatCode !== undefined && { vat_code: c.vatCode }),
      ...(c.durationMinutes !== undefined && { duration_minutes: c.durationMinutes }),
      ...(c.description !== undefined && { description: c.description }),
      ...(c.published !== undefined && { published: c.published }),
      ...(c.programme !== undefined && { programme: c.programme }),
      ...(c.examDelivery !== undefined && { exam_delivery: c.examDelivery }),
      ...(c.examFormat !== undefined && { exam_format: c.examFormat }),
      ...(c.reschedulesAsCancellation !== undefined && {
        reschedules_as_cancellation: c.reschedulesAsCancellation,
      }),
      ...(c.proofOfParticipation !== undefined && { proof_of_participation: c.proofOfParticipation }),
      updated_at: at,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProduct(row);
}

export async function findProductsByIds(ex: Executor, ids: string[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  const rows = await ex.selectFrom('products').selectAll().where('id', 'in', ids).execute();
  return rows.map(toProduct);
}

export async function replaceComponents(
  tx: Executor,
  packageId: string,
  components: { componentId: string; priceCents: number; vatCode: VatCode }[],
): Promise<void> {
  await tx.deleteFrom('package_components').where('package_id', '=', packageId).execute();
  if (components.length === 0) return;
  await tx
    .insertInto('package_components')
    .values(
      components.map((c, position) => ({
        package_id: packageId,
        component_id: c.componentId,
        position,
        price_cents: c.priceCents,
        vat_code: c.vatCode,
      })),
    )
    .execute();
}

/** The sum of a package's parts, or null when it has none. */
export async function componentSum(ex: Executor, packageId: string): Promise<number | null> {
  const row = await ex
    .selectFrom('package_components')
    .select((eb) => [
      eb.fn.sum<string | number | null>('price_cents').as('total'),
      eb.fn.countAll<string>().as('n'),
    ])
    .where('package_id', '=', packageId)
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0 ? null : Number(row.total);
}

/** Whether a product is a part of some package (it cannot then become one). */
export async function packagesContaining(ex: Executor, componentId: string): Promise<number> {
  const row = await ex
    .selectFrom('package_components')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('component_id', '=', componentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function prerequisiteEdgesOfProvider(
  ex: Executor,
  providerId: string,
): Promise<{ productId: string; requiredProductId: string }[]> {
  const rows = await ex
    .selectFrom('product_prerequisites as r')
    .innerJoin('products as p', 'p.id', 'r.product_id')
    .select(['r.product_id', 'r.required_product_id'])
    .where('p.provider_id', '=', providerId)
    .execute();
  return rows.map((r) => ({ productId: r.product_id, requiredProductId: r.required_product_id }));
}

export async function replacePrerequisites(
  tx: Executor,
  productId: string,
  prerequisites: { requiredProductId: string; requirement: Achievement }[],
): Promise<void> {
  await tx.deleteFrom('product_prerequisites').where('product_id', '=', productId).execute();
  if (prerequisites.length === 0) return;
  await tx
    .insertInto('product_prerequisites')
    .values(
      prerequisites.map((p) => ({
        product_id: productId,
        required_product_id: p.requiredProductId,
        requirement: p.requirement,
      })),
    )
    .execute();
}

// ---- achievements

export async function upsertAchievement(
  ex: Executor,
  a: {
    learnerId: string;
    productId: string;
    achievement: Achievement;
    achievedOn: string;
    recordedBy: string | null;
  },
): Promise<void> {
  await ex
    .insertInto('learner_achievements')
    .values({
      learner_id: a.learnerId,
      product_id: a.productId,
      achievement: a.achievement,
      achieved_on: a.achievedOn,
      recorded_by: a.recordedBy,
    })
    .onConflict((oc) =>
      oc
        .columns(['learner_id', 'product_id', 'achievement'])
        .doUpdateSet({ achieved_on: a.achievedOn, recorded_by: a.recordedBy }),
    )
    .execute();
}

export async function listAchievements(ex: Executor, learnerId: string): Promise<LearnerAchievement[]> {
  const rows = await ex
    .selectFrom('learner_achievements as a')
    .innerJoin('products as p', 'p.id', 'a.product_id')
    .select(['a.learner_id', 'a.product_id', 'a.achievement', 'a.achieved_on', 'p.code', 'p.name'])
    .where('a.learner_id', '=', learnerId)
    .orderBy('a.achieved_on')
    .orderBy('p.code')
    .execute();
  return rows.map((r) => ({
    learnerId: r.learner_id,
    productId: r.product_id,
    productCode: r.code,
    productName: r.name,
    achievement: r.achievement,
    achievedOn: String(r.achieved_on),
  }));
}

// ---- locations

export interface NewLocation {
  providerId: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  onlineUrl: string | null;
}

export async function insertLocation(ex: Executor, l: NewLocation, at: Date): Promise<Location> {
  const row = await ex
    .insertInto('locations')
    .values({
      provider_id: l.providerId,
      name: l.name,
      street: l.street,
      postal_code: l.postalCode,
      city: l.city,
      country: l.country,
      online_url: l.onlineUrl,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLocation(row);
}

export async function updateLocation(
  ex: Executor,
  id: string,
  c: Partial<Omit<NewLocation, 'providerId'>>,
): Promise<Location> {
  const row = await ex
    .updateTable('locations')
    .set({
      ...(c.name !== undefined && { name: c.name }),
      ...(c.street !== undefined && { street: c.street }),
      ...(c.postalCode !== undefined && { postal_code: c.postalCode }),
      ...(c.city !== undefined && { city: c.city }),
      ...(c.country !== undefined && { country: c.country }),
      ...(c.onlineUrl !== undefined && { online_url: c.onlineUrl }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLocation(row);
}

export async function listLocations(ex: Executor, providerId: string | null): Promise<Location[]> {
  let query = ex.selectFrom('locations').selectAll();
  if (providerId !== null) query = query.where('provider_id', '=', providerId);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map(toLocation);
}

export async function sessionsAtLocation(ex: Executor, locationId: string): Promise<number> {
  const row = await ex
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('location_id', '=', locationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteLocation(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('locations').where('id', '=', id).execute();
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

export async function insertSession(ex: Executor, s: NewSession, at: Date): Promise<Session> {
  const row = await ex
    .insertInto('sessions')
    .values({
      provider_id: s.providerId,
      product_id: s.productId,
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
      created_at: at,
    })
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
  const values: Updateable<CatalogTables['sessions']> = {
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
