import type { ColumnType, Generated } from 'kysely';
import { z } from 'zod';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Product types as the PlusPort course terms define them (plusport-cursusvoorwaarden, art. 1). */
export const PRODUCT_TYPES = [
  'elearning',
  'classroom',
  'practical',
  'workshop',
  'exam',
  'textbook',
  'package',
] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/**
 * VAT treatment of a product (nl-be-rules, "VAT and invoices"): 21 %, 9 % (books), 0 %, or exempt
 * vocational training by a CRKBO-registered provider (art. 11 lid 1 onderdeel o Wet OB 1968).
 */
export const VAT_CODES = ['standard_21', 'reduced_9', 'zero', 'exempt_training'] as const;
export type VatCode = (typeof VAT_CODES)[number];

/** Tables owned by the catalog context. */
export interface CatalogTables {
  products: {
    id: Generated<string>;
    provider_id: string;
    code: string;
    name: string;
    type: ProductType;
    price_cents: number;
    vat_code: VatCode;
    duration_minutes: number | null;
    description: string;
    published: Generated<boolean>;
    programme: Generated<string>;
    exam_delivery: ExamDelivery | null;
    exam_format: ExamFormat | null;
    reschedules_as_cancellation: Generated<boolean>;
    proof_of_participation: Generated<boolean>;
    created_at: CreatedAt;
    updated_at: Timestamp;
  };
  package_components: {
    package_id: string;
    component_id: string;
    position: number;
    price_cents: number;
    vat_code: VatCode;
  };
  product_prerequisites: {
    product_id: string;
    required_product_id: string;
    requirement: Achievement;
  };
  learner_achievements: {
    learner_id: string;
    product_id: string;
    achievement: Achievement;
    /** 'YYYY-MM-DD' */
    achieved_on: string;
    recorded_by: string | null;
  };
  locations: {
    id: Generated<string>;
    provider_id: string;
    name: string;
    street: Generated<string>;
    postal_code: Generated<string>;
    city: string;
    country: Generated<string>;
    online_url: string | null;
    created_at: CreatedAt;
  };
  sessions: {
    id: Generated<string>;
    provider_id: string;
    product_id: string;
    code: string;
    starts_at: Timestamp;
    ends_at: Timestamp;
    location_id: string | null;
    instructor_id: string | null;
    capacity: number;
    /** Seats held: pending approval, confirmed, offered. Changed only by enrollment's conditional UPDATEs. */
    booked: Generated<number>;
    min_participants: Generated<number>;
    registration_deadline: Timestamp | null;
    status: Generated<SessionStatus>;
    kind: Generated<SessionKind>;
    customer_id: string | null;
    quote_terms_key: string | null;
    quote_terms_version: string | null;
    price_cents: number | null;
    language: Generated<'nl' | 'en'>;
    cancelled_reason: SessionCancelReason | null;
    created_at: CreatedAt;
  };
}

export const EXAM_DELIVERIES = ['own', 'external'] as const;
export type ExamDelivery = (typeof EXAM_DELIVERIES)[number];
export const EXAM_FORMATS = ['computer', 'paper'] as const;
export type ExamFormat = (typeof EXAM_FORMATS)[number];
export const ACHIEVEMENTS = ['passed', 'completed'] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];
export const SESSION_STATUSES = ['planned', 'confirmed', 'cancelled', 'completed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
/** open, or a closed group of one customer under the terms of its quote (PlusPort cursus 14.7, 15.7). */
export const SESSION_KINDS = ['open', 'in_company', 'out_company'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_CANCEL_REASONS = [
  'too_few_participants',
  'instructor_unavailable',
  'force_majeure',
  'other',
] as const;
export type SessionCancelReason = (typeof SESSION_CANCEL_REASONS)[number];

export const productSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: z.enum(PRODUCT_TYPES),
  /** Euro cents, excluding VAT. */
  priceCents: z.number().int(),
  vatCode: z.enum(VAT_CODES),
  durationMinutes: z.number().int().nullable(),
  description: z.string(),
  published: z.boolean(),
  programme: z.string(),
  /** Exams only: the provider's own, or at an external exam institute (PlusPort cursus, art. 1 "Examen"). */
  examDelivery: z.enum(EXAM_DELIVERIES).nullable(),
  examFormat: z.enum(EXAM_FORMATS).nullable(),
  /** Rescheduling counts as a cancellation (PlusPort cursus 14.6: ATEX, NEN 1010, NEN 3140, VCA). */
  reschedulesAsCancellation: z.boolean(),
  /** A certificate of participation is issued (proof the learner took part). */
  proofOfParticipation: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;

/** One part of a course package, with its share of the package price (PlusPort cursus 15.5). */
export const packageComponentSchema = z.object({
  componentId: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: z.enum(PRODUCT_TYPES),
  position: z.number().int(),
  /** This part's share of the package price, euro cents excluding VAT. */
  priceCents: z.number().int(),
  vatCode: z.enum(VAT_CODES),
});
export type PackageComponent = z.infer<typeof packageComponentSchema>;

export const prerequisiteSchema = z.object({
  requiredProductId: z.uuid(),
  code: z.string(),
  name: z.string(),
  type: z.enum(PRODUCT_TYPES),
  requirement: z.enum(ACHIEVEMENTS),
});
export type Prerequisite = z.infer<typeof prerequisiteSchema>;

export const locationSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  onlineUrl: z.string().nullable(),
});
export type Location = z.infer<typeof locationSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  productId: z.uuid(),
  code: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  locationId: z.uuid().nullable(),
  instructorId: z.uuid().nullable(),
  capacity: z.number().int(),
  /** Seats held (pending approval, confirmed, offered to the waiting list). */
  booked: z.number().int(),
  /** capacity - booked, never below zero. */
  seatsLeft: z.number().int(),
  minParticipants: z.number().int(),
  registrationDeadline: z.iso.datetime().nullable(),
  status: z.enum(SESSION_STATUSES),
  kind: z.enum(SESSION_KINDS),
  customerId: z.uuid().nullable(),
  quoteTermsKey: z.string().nullable(),
  quoteTermsVersion: z.string().nullable(),
  /** Price per participant when it differs from the product's; euro cents excluding VAT. */
  priceCents: z.number().int().nullable(),
  language: z.enum(['nl', 'en']),
  cancelledReason: z.enum(SESSION_CANCEL_REASONS).nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The provider facts a session's times and terms depend on. */
export interface SessionProvider {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  termsProviderId: string;
  country: 'NL' | 'BE';
}

/**
 * A session with what enrollment needs to act on it: its product (with the package parts and their
 * prices), location and provider. Returned by getSessionWithProduct (src/catalog/service.ts).
 */
export interface SessionWithProduct {
  session: Session;
  product: Product;
  /** The package's parts in order; empty for a product that is not a package. */
  components: PackageComponent[];
  prerequisites: Prerequisite[];
  location: Location | null;
  provider: SessionProvider;
}

export const createProductSchema = z.object({
  /** Needed only when a platform admin creates it; staff create in their own provider. */
  providerId: z.uuid().optional(),
  code: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dots, hyphens or underscores'),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  type: z.enum(PRODUCT_TYPES),
  priceCents: z.number().int('must be whole cents').min(0, 'must not be negative').max(100_000_000),
  vatCode: z.enum(VAT_CODES),
  durationMinutes: z.number().int().positive('must be more than zero').max(525_600).nullable().default(null),
  description: z.string().max(10_000).default(''),
  published: z.boolean().default(true),
});
export type CreateProductInput = z.input<typeof createProductSchema>;

export const catalogQuerySchema = z.object({
  provider: z.string().trim().min(1).max(60).optional(),
  q: z.string().trim().max(200).optional(),
  type: z.enum(PRODUCT_TYPES).optional(),
});
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;
