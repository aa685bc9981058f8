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
    created_at: CreatedAt;
    updated_at: Timestamp;
  };
}

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
});
export type Product = z.infer<typeof productSchema>;

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
