/**
 * Staff's lists of products and locations (issue 8, "each with list (search, filter, paging,
 * sorting)"): the query each accepts and the page it answers with.
 */
import { z } from 'zod';
import { locationSchema, PRODUCT_TYPES, productSchema } from './model.ts';

/** A page of at most 100 rows; without a limit the first 25. */
const paging = {
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(100).default(25),
  offset: z.coerce.number().int('must be a whole number').min(0, 'must not be negative').default(0),
};
const q = z.string().trim().max(200).optional();

export const PRODUCT_SORTS = ['name', '-name', 'code', '-code', 'price', '-price', 'type', '-type'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];
/** Published: in the public catalog; archived: taken out of it (published false), kept for history. */
export const PRODUCT_STATES = ['published', 'archived', 'all'] as const;

export const productListQuerySchema = z.object({
  /** The platform admin names the provider (its slug); staff always see their own. */
  provider: z.string().trim().min(1).max(60).optional(),
  q,
  type: z.enum(PRODUCT_TYPES).optional(),
  state: z.enum(PRODUCT_STATES).default('all'),
  sort: z.enum(PRODUCT_SORTS).default('name'),
  ...paging,
});
export type ProductListQuery = z.infer<typeof productListQuerySchema>;

export const LOCATION_SORTS = ['name', '-name', 'city', '-city'] as const;
export type LocationSort = (typeof LOCATION_SORTS)[number];

/**
 * Without a limit the list stays what it was before paging existed: every location of the provider,
 * as the session form and the older API clients read it.
 */
export const locationListQuerySchema = z.object({
  q,
  sort: z.enum(LOCATION_SORTS).default('name'),
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(500).optional(),
  offset: paging.offset,
});
export type LocationListQuery = z.infer<typeof locationListQuerySchema>;

export const productPageSchema = z.object({ items: z.array(productSchema), total: z.number().int() });
export type ProductPage = z.infer<typeof productPageSchema>;
export const locationPageSchema = z.object({ items: z.array(locationSchema), total: z.number().int() });
export type LocationPage = z.infer<typeof locationPageSchema>;
