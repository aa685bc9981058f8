import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../calendar/date-schemas.ts';

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

export type { CatalogTables } from './tables.ts';

export const EXAM_DELIVERIES = ['own', 'external'] as const;
export type ExamDelivery = (typeof EXAM_DELIVERIES)[number];
export const EXAM_FORMATS = ['computer', 'paper'] as const;
export type ExamFormat = (typeof EXAM_FORMATS)[number];
export const ACHIEVEMENTS = ['passed', 'completed'] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];
export const SESSION_STATUSES = ['planned', 'confirmed', 'cancelled', 'completed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
/** open, or a closed group of one customer under the terms of its quote (plusport-cursusvoorwaarden#14.7, plusport-cursusvoorwaarden#15.7). */
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
  /** Rescheduling counts as a cancellation (plusport-cursusvoorwaarden#14.6: ATEX, NEN 1010, NEN 3140, VCA). */
  reschedulesAsCancellation: z.boolean(),
  /** A certificate of participation is issued (proof the learner took part). */
  proofOfParticipation: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;

/** One part of a course package, with its share of the package price (plusport-cursusvoorwaarden#15.5). */
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

const productCodeSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dots, hyphens or underscores');
const centsInput = z.number().int('must be whole cents').min(0, 'must not be negative').max(100_000_000);

const productFields = {
  name: z.string().trim().min(1, 'must not be empty').max(200),
  priceCents: centsInput,
  vatCode: z.enum(VAT_CODES),
  durationMinutes: z.number().int().positive('must be more than zero').max(525_600).nullable(),
  description: z.string().max(10_000),
  published: z.boolean(),
  programme: z.string().max(20_000),
  examDelivery: z.enum(EXAM_DELIVERIES).nullable(),
  examFormat: z.enum(EXAM_FORMATS).nullable(),
  reschedulesAsCancellation: z.boolean(),
  proofOfParticipation: z.boolean(),
};

export const createProductSchema = z.object({
  /** Needed only when a platform admin creates it; staff create in their own provider. */
  providerId: z.uuid().optional(),
  code: productCodeSchema,
  type: z.enum(PRODUCT_TYPES),
  name: productFields.name,
  priceCents: productFields.priceCents,
  vatCode: productFields.vatCode,
  durationMinutes: productFields.durationMinutes.default(null),
  description: productFields.description.default(''),
  published: productFields.published.default(true),
  programme: productFields.programme.default(''),
  examDelivery: productFields.examDelivery.default(null),
  examFormat: productFields.examFormat.default(null),
  reschedulesAsCancellation: productFields.reschedulesAsCancellation.default(false),
  proofOfParticipation: productFields.proofOfParticipation.default(false),
});
export type CreateProductInput = z.input<typeof createProductSchema>;

/** The type and code of a product stay: sessions, enrollments and invoices refer to them. */
export const updateProductSchema = z.object(productFields).partial().strict();

export const componentsBodySchema = z.object({
  /** The package's new price, when it changes together with its parts. */
  priceCents: centsInput.optional(),
  components: z
    .array(
      z.object({
        componentId: z.uuid('must be an id (uuid)'),
        priceCents: centsInput,
        vatCode: z.enum(VAT_CODES),
      }),
    )
    .max(20),
});
export type ComponentsBody = z.infer<typeof componentsBodySchema>;

export const prerequisitesBodySchema = z.object({
  prerequisites: z
    .array(z.object({ requiredProductId: z.uuid('must be an id (uuid)'), requirement: z.enum(ACHIEVEMENTS) }))
    .max(20),
});

export const productDetailSchema = productSchema.extend({
  components: z.array(packageComponentSchema),
  prerequisites: z.array(prerequisiteSchema),
});

export type ProductDetail = z.infer<typeof productDetailSchema>;

export const achievementBodySchema = z.object({
  productId: z.uuid('must be an id (uuid)'),
  achievement: z.enum(ACHIEVEMENTS),
  achievedOn: isoDateSchema,
});
export const achievementSchema = z.object({
  learnerId: z.uuid(),
  productId: z.uuid(),
  productCode: z.string(),
  productName: z.string(),
  achievement: z.enum(ACHIEVEMENTS),
  achievedOn: z.string(),
});
export type LearnerAchievement = z.infer<typeof achievementSchema>;

export { createLocationSchema, updateLocationSchema } from './location-schemas.ts';

/**
 * An instant with a UTC offset (2026-05-12T09:00:00+02:00 or ...Z), or a local date and time without
 * one (2026-05-12T09:00), which is read in the provider's time zone.
 */
export const sessionTimeSchema = z.string().trim().pipe(isoDateTimeSchema);

const sessionFields = {
  code: productCodeSchema,
  startsAt: sessionTimeSchema,
  endsAt: sessionTimeSchema,
  locationId: z.uuid('must be an id (uuid)').nullable(),
  instructorId: z.uuid('must be an id (uuid)').nullable(),
  capacity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000),
  minParticipants: z.number().int('must be a whole number').min(0, 'must not be negative').max(10_000),
  registrationDeadline: sessionTimeSchema.nullable(),
  kind: z.enum(SESSION_KINDS),
  customerId: z.uuid('must be an id (uuid)').nullable(),
  quoteTermsKey: z.string().trim().min(1, 'must not be empty').max(100).nullable(),
  quoteTermsVersion: z.string().trim().min(1, 'must not be empty').max(40).nullable(),
  priceCents: centsInput.nullable(),
  language: z.enum(['nl', 'en']),
};
export const createSessionSchema = z.object({
  productId: z.uuid('must be an id (uuid)'),
  code: sessionFields.code,
  startsAt: sessionFields.startsAt,
  endsAt: sessionFields.endsAt,
  locationId: sessionFields.locationId.default(null),
  instructorId: sessionFields.instructorId.default(null),
  capacity: sessionFields.capacity,
  minParticipants: sessionFields.minParticipants.default(1),
  registrationDeadline: sessionFields.registrationDeadline.default(null),
  kind: sessionFields.kind.default('open'),
  customerId: sessionFields.customerId.default(null),
  quoteTermsKey: sessionFields.quoteTermsKey.default(null),
  quoteTermsVersion: sessionFields.quoteTermsVersion.default(null),
  priceCents: sessionFields.priceCents.default(null),
  language: sessionFields.language.default('nl'),
});
export type CreateSessionInput = z.input<typeof createSessionSchema>;
export const updateSessionSchema = z.object(sessionFields).partial().strict();

/** Staff move a session forward; cancelling is a workflow (src/workflows/provider-cancellation.ts). */
export const sessionStatusBodySchema = z.object({ status: z.enum(['confirmed', 'completed']) });

const isoDate = isoDateSchema;

export const catalogQuerySchema = z.object({
  provider: z.string().trim().min(1).max(60).optional(),
  q: z.string().trim().max(200).optional(),
  type: z.enum(PRODUCT_TYPES).optional(),
  /** Only products with an upcoming open session at this location, or in this city. */
  location: z.uuid('must be an id (uuid)').optional(),
  city: z.string().trim().min(1).max(100).optional(),
  /** Only products with an upcoming open session starting on or after / on or before these days. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

export const sessionListQuerySchema = z.object({
  provider: z.string().trim().min(1).max(60).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(SESSION_STATUSES).optional(),
  productId: z.uuid('must be an id (uuid)').optional(),
});

/** A session as a catalog visitor sees it. */
export const publicSessionSchema = sessionSchema
  .pick({
    id: true,
    code: true,
    productId: true,
    startsAt: true,
    endsAt: true,
    capacity: true,
    seatsLeft: true,
    registrationDeadline: true,
    status: true,
    kind: true,
    language: true,
    priceCents: true,
  })
  .extend({ location: locationSchema.nullable() });
export type PublicSession = z.infer<typeof publicSessionSchema>;

export const catalogItemSchema = productSchema.extend({ upcomingSessions: z.array(publicSessionSchema) });
export type CatalogItem = z.infer<typeof catalogItemSchema>;
export const catalogDetailSchema = productDetailSchema.extend({
  upcomingSessions: z.array(publicSessionSchema),
});

export const sessionDetailSchema = publicSessionSchema.extend({
  product: productSchema,
  components: z.array(packageComponentSchema),
  prerequisites: z.array(prerequisiteSchema),
  provider: z.object({ name: z.string(), slug: z.string(), timeZone: z.string() }),
  instructorName: z.string().nullable(),
});

export const GO_NO_GO_STATES = [
  'go',
  'at_risk',
  'no_go_deadline_passed',
  'started',
  'completed',
  'cancelled',
] as const;
export type GoNoGoState = (typeof GO_NO_GO_STATES)[number];

const clauseRefSchema = z.object({ document: z.string(), article: z.string(), title: z.string() });
export const goNoGoSchema = z.object({
  state: z.enum(GO_NO_GO_STATES),
  /** Participants still missing to reach the minimum. */
  shortBy: z.number().int(),
  /** The last day (provider time) the provider may cancel for too few participants; null: no notice owed. */
  noticeDeadline: z.string().nullable(),
  terms: z.object({ key: z.string(), version: z.string() }),
  clauses: z.array(clauseRefSchema),
  explanation: z.object({ nl: z.string(), en: z.string() }),
});
export type GoNoGo = z.infer<typeof goNoGoSchema>;

export const staffSessionSchema = sessionSchema.extend({
  productCode: z.string(),
  productName: z.string(),
  /** The product's price per participant, euro cents excl. VAT; the session's own priceCents wins. */
  productPriceCents: z.number().int(),
  locationName: z.string().nullable(),
  city: z.string().nullable(),
  instructorName: z.string().nullable(),
  customerName: z.string().nullable(),
  goNoGo: goNoGoSchema,
});
export type StaffSession = z.infer<typeof staffSessionSchema>;
