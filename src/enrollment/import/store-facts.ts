/**
 * The reads import validation needs for a whole sheet, in a handful of queries (arrays as one
 * parameter). They read sessions, products, customers and users directly: a per-row call into those
 * contexts' services cannot meet the 5 s for 10,000 rows (docs/decisions/0006-import-sheets.md).
 */
import { sql } from 'kysely';
import type { VatCode } from '../../catalog/model.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { CustomerFacts, PrerequisiteFacts, SessionFacts, UserFacts } from './rules.ts';

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

export async function providerTimeZone(ex: Executor, providerId: string): Promise<string> {
  const row = await ex
    .selectFrom('providers')
    .select('time_zone')
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
  return row.time_zone;
}
