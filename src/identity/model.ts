import type { ColumnType, Generated } from 'kysely';
import { z } from 'zod';
import { ValidationError } from '../platform/errors.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** Tables owned by the identity context: providers, customer companies, users, sessions, tokens. */
export interface IdentityTables {
  providers: {
    id: Generated<string>;
    name: string;
    slug: string;
    country: Country;
    time_zone: string;
    terms_provider_id: string;
    created_at: CreatedAt;
  };
  customers: {
    id: Generated<string>;
    provider_id: string;
    name: string;
    chamber_of_commerce_number: string | null;
    vat_number: string | null;
    street: string;
    postal_code: string;
    city: string;
    country: string;
    billing_email: string;
    created_at: CreatedAt;
  };
  users: {
    id: Generated<string>;
    email: string;
    name: string;
    role: Role;
    locale: Locale;
    provider_id: string | null;
    customer_id: string | null;
    password_hash: string | null;
    disabled: Generated<boolean>;
    created_at: CreatedAt;
    updated_at: Timestamp;
  };
  web_sessions: {
    id: Generated<string>;
    token_hash: string;
    csrf_token: string;
    user_id: string;
    created_at: CreatedAt;
    last_seen_at: Timestamp;
    expires_at: Timestamp;
  };
  api_tokens: {
    id: Generated<string>;
    token_hash: string;
    token_prefix: string;
    name: string;
    user_id: string;
    created_at: Timestamp;
    last_used_at: Timestamp | null;
    revoked_at: Timestamp | null;
  };
  login_throttle: {
    email: string;
    ip: string;
    attempts: number;
    window_started_at: Timestamp;
  };
}

/** Persisted role codes (DESIGN: who uses it). */
export const ROLES = [
  'platform_admin',
  'planner',
  'administration',
  'finance',
  'instructor',
  'customer_admin',
  'learner',
  'trainer',
] as const;
export type Role = (typeof ROLES)[number];

export const PROVIDER_STAFF_ROLES: readonly Role[] = ['planner', 'administration', 'finance'];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const COUNTRIES = ['NL', 'BE'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * Who is asking. Every service takes the actor and enforces the tenant itself: provider staff see
 * only their provider, a customer admin only their company, a learner only themself.
 */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  email: string;
  locale: 'nl' | 'en';
  /** The provider the user belongs to; null only for the platform admin. */
  providerId: string | null;
  /** The customer company of a customer admin or a learner employed by one; null otherwise. */
  customerId: string | null;
}

export function isProviderStaff(role: Role): boolean {
  return PROVIDER_STAFF_ROLES.includes(role);
}

// ---- Schemas at the HTTP and CLI boundary. No password hash ever appears in an output schema.

const trimmed = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an e-mail address'))
  .transform((v) => v.toLowerCase());

/** Long enough to resist guessing, short enough that argon2 is not handed megabytes. */
export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const idParamSchema = z.object({ id: z.uuid('must be an id (uuid)') });

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  providerId: z.uuid().nullable(),
  customerId: z.uuid().nullable(),
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof userSchema>;

export const providerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  country: z.enum(COUNTRIES),
  timeZone: z.string(),
  termsProviderId: z.string(),
});
export type Provider = z.infer<typeof providerSchema>;

export const customerSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  name: z.string(),
  chamberOfCommerceNumber: z.string().nullable(),
  vatNumber: z.string().nullable(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  billingEmail: z.string(),
  createdAt: z.iso.datetime(),
});
export type Customer = z.infer<typeof customerSchema>;

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'must not be empty').max(200),
});

export const sessionResponseSchema = z.object({ user: userSchema, csrfToken: z.string() });

export const meResponseSchema = z.object({
  user: userSchema,
  /** Null when the caller authenticated with an API token, which needs no CSRF token. */
  csrfToken: z.string().nullable(),
  provider: providerSchema.nullable(),
  customer: customerSchema.nullable(),
});

export const createUserSchema = z.object({
  email: emailSchema,
  name: trimmed(200),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default('nl'),
  providerId: z.uuid().nullable().optional(),
  customerId: z.uuid().nullable().optional(),
  password: passwordSchema.optional(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: trimmed(200),
    email: emailSchema,
    role: z.enum(ROLES),
    locale: z.enum(LOCALES),
    customerId: z.uuid().nullable(),
    disabled: z.boolean(),
    password: passwordSchema,
  })
  .partial()
  .strict();
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** Changing one's own password: the current one proves it is the user and not a borrowed session. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'must not be empty').max(200),
    newPassword: passwordSchema,
  })
  .strict();

export const userListQuerySchema = z.object({
  role: z.enum(ROLES).optional(),
  customerId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

/** KvK numbers have 8 digits; Belgian enterprise numbers (KBO) 10, starting with 0 or 1. */
const chamberOfCommerceSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.]/g, ''))
  .pipe(
    z.string().regex(/^(\d{8}|[01]\d{9})$/, 'must be a KvK number (8 digits) or a KBO number (10 digits)'),
  );

/** NL: NL + 9 digits + B + 2 digits; BE: BE + 10 digits starting with 0 or 1. */
const vatNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^(NL\d{9}B\d{2}|BE[01]\d{9})$/, 'must be a Dutch (NL123456789B01) or Belgian VAT number'),
  );

export const createCustomerSchema = z.object({
  providerId: z.uuid().optional(),
  name: trimmed(200),
  chamberOfCommerceNumber: chamberOfCommerceSchema.nullable().optional(),
  vatNumber: vatNumberSchema.nullable().optional(),
  street: trimmed(200),
  postalCode: trimmed(20),
  city: trimmed(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'))
    .default('NL'),
  billingEmail: emailSchema,
});
export type CreateCustomerInput = z.input<typeof createCustomerSchema>;

export const createProviderSchema = z.object({
  name: trimmed(200),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens')
    .max(60),
  country: z.enum(COUNTRIES),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Amsterdam'),
  termsProviderId: trimmed(100),
});
function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/') || tz === 'UTC';
  } catch {
    return false;
  }
}

export type CreateProviderInput = z.input<typeof createProviderSchema>;

export const createTokenSchema = z.object({ name: trimmed(100) });

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** Returned once, when the token is made: the secret is never shown again. */
export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });

/**
 * Parses input at a service boundary (the CLI and seed call services without HTTP's zod layer):
 * every problem becomes a field error, and nothing is written.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: issue.path.length > 0 ? issue.path.join('.') : 'body',
      message: issue.message,
    })),
  );
}
