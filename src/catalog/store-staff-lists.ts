/** The catalog's SQL for staff's paged lists of products and locations. */
import type { Executor } from '../platform/db/database.ts';
import type { Location, Product, ProductType } from './model.ts';
import type { LocationSort, ProductSort } from './staff-list-schemas.ts';
import { toLocation } from './store-locations.ts';
import { toProduct } from './store-products.ts';

/** `text` as a LIKE pattern that matches it anywhere, with LIKE's own characters taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const PRODUCT_COLUMNS = { name: 'name', code: 'code', price: 'price_cents', type: 'type' } as const;

export interface ProductListFilter {
  providerId: string;
  q?: string | undefined;
  type?: ProductType | undefined;
  state: 'published' | 'archived' | 'all';
  sort: ProductSort;
  limit: number;
  offset: number;
}

export async function pageOfProducts(
  ex: Executor,
  f: ProductListFilter,
): Promise<{ items: Product[]; total: number }> {
  let query = ex.selectFrom('products').where('provider_id', '=', f.providerId);
  if (f.type) query = query.where('type', '=', f.type);
  if (f.state !== 'all') query = query.where('published', '=', f.state === 'published');
  if (f.q) {
    const like = containing(f.q);
    query = query.where((eb) => eb.or([eb('name', 'ilike', like), eb('code', 'ilike', like)]));
  }
  const descending = f.sort.startsWith('-');
  const column = PRODUCT_COLUMNS[f.sort.replace('-', '') as keyof typeof PRODUCT_COLUMNS];
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(column, descending ? 'desc' : 'asc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toProduct), total: Number(count.n) };
}

export interface LocationListFilter {
  providerId: string | null;
  q?: string | undefined;
  sort: LocationSort;
  limit?: number | undefined;
  offset: number;
}

export async function pageOfLocations(
  ex: Executor,
  f: LocationListFilter,
): Promise<{ items: Location[]; total: number }> {
  let query = ex.selectFrom('locations');
  if (f.providerId !== null) query = query.where('provider_id', '=', f.providerId);
  if (f.q) {
    const like = containing(f.q);
    query = query.where((eb) =>
      eb.or([eb('name', 'ilike', like), eb('city', 'ilike', like), eb('street', 'ilike', like)]),
    );
  }
  const descending = f.sort.startsWith('-');
  const column = f.sort.replace('-', '') as 'name' | 'city';
  let rows = query
    .selectAll()
    .orderBy(column, descending ? 'desc' : 'asc')
    .orderBy('name')
    .orderBy('id')
    .offset(f.offset);
  if (f.limit !== undefined) rows = rows.limit(f.limit);
  const [found, count] = await Promise.all([
    rows.execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: found.map(toLocation), total: Number(count.n) };
}
