/** All SQL of the catalog context. */
import type { Selectable } from 'kysely';
import type { Executor } from '../platform/db/database.ts';
import type { CatalogTables, Product, ProductType, VatCode } from './model.ts';

type ProductRow = Selectable<CatalogTables['products']>;

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
