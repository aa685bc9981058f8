/** All SQL of the catalog context. */
import type { Selectable } from 'kysely';
import type { Executor } from '../platform/db/database.ts';
import type {
  CatalogTables,
  Location,
  PackageComponent,
  Prerequisite,
  Product,
  ProductType,
  Session,
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
