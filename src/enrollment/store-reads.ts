/**
 * What enrolling reads of other contexts' tables (decision 0007): the session with its product,
 * location, provider and settings in one join, prerequisites met, and the learners.
 */
import type { Achievement, ProductType, SessionKind, SessionStatus, VatCode } from '../catalog/model.ts';
import type { Locale, Role } from '../identity/model.ts';
import { compileOnce } from '../platform/db/compiled-query.ts';
import type { Executor } from '../platform/db/database.ts';
import { LIVE_STATUSES } from './model.ts';
import { DEFAULT_SETTINGS, type EnrollmentSettings } from './store-settings.ts';

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
 * The read of a session for enrolling, compiled once (compiled-query.ts: it runs on every enrollment,
 * and building its five-table join cost more CPU than the rest of the request's queries). With
 * `withLive`, it also answers whether the learner holds a live enrollment in the session.
 */
const sessionForEnrollmentQuery = (withLive: boolean) =>
  compileOnce((ex, v: { sessionId: string; learnerId: string }) =>
    ex
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
      .$if(withLive, (q) =>
        q.select((eb) =>
          eb
            .exists(
              eb
                .selectFrom('enrollments as e')
                .select('e.id')
                .whereRef('e.session_id', '=', 's.id')
                .where('e.learner_id', '=', v.learnerId)
                .where('e.status', 'in', LIVE_STATUSES),
            )
            .as('learner_live'),
        ),
      )
      .where('s.id', '=', v.sessionId),
  );
const sessionRead = sessionForEnrollmentQuery(false);
const sessionReadWithLive = sessionForEnrollmentQuery(true);

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
  const read = liveFor === undefined ? sessionRead : sessionReadWithLive;
  const [row] = (await read(ex, { sessionId, learnerId: liveFor ?? '' })).rows;
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
