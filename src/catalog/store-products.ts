/** The catalog's SQL for products, package parts, prerequisites and learners' achievements. */
import type { Selectable } from 'kysely';
import type { Executor } from '../platform/db/database.ts';
import type {
  Achievement,
  CatalogTables,
  ExamDelivery,
  ExamFormat,
  LearnerAchievement,
  PackageComponent,
  Prerequisite,
  Product,
  ProductType,
  VatCode,
} from './model.ts';

type ProductRow = Selectable<CatalogTables['products']>;

export function toProduct(row: ProductRow): Product {
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
  programme: string;
  examDelivery: ExamDelivery | null;
  examFormat: ExamFormat | null;
  reschedulesAsCancellation: boolean;
  proofOfParticipation: boolean;
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
      programme: p.programme,
      exam_delivery: p.examDelivery,
      exam_format: p.examFormat,
      reschedules_as_cancellation: p.reschedulesAsCancellation,
      proof_of_participation: p.proofOfParticipation,
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

export type ProductChanges = Partial<Omit<NewProduct, 'providerId' | 'code' | 'type'>>;

export async function updateProduct(ex: Executor, id: string, c: ProductChanges, at: Date): Promise<Product> {
  const row = await ex
    .updateTable('products')
    .set({
      ...(c.name !== undefined && { name: c.name }),
      ...(c.priceCents !== undefined && { price_cents: c.priceCents }),
      ...(c.vatCode !== undefined && { vat_code: c.vatCode }),
      ...(c.durationMinutes !== undefined && { duration_minutes: c.durationMinutes }),
      ...(c.description !== undefined && { description: c.description }),
      ...(c.published !== undefined && { published: c.published }),
      ...(c.programme !== undefined && { programme: c.programme }),
      ...(c.examDelivery !== undefined && { exam_delivery: c.examDelivery }),
      ...(c.examFormat !== undefined && { exam_format: c.examFormat }),
      ...(c.reschedulesAsCancellation !== undefined && {
        reschedules_as_cancellation: c.reschedulesAsCancellation,
      }),
      ...(c.proofOfParticipation !== undefined && { proof_of_participation: c.proofOfParticipation }),
      updated_at: at,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toProduct(row);
}

export async function findProductsByIds(ex: Executor, ids: string[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  const rows = await ex.selectFrom('products').selectAll().where('id', 'in', ids).execute();
  return rows.map(toProduct);
}

export async function replaceComponents(
  tx: Executor,
  packageId: string,
  components: { componentId: string; priceCents: number; vatCode: VatCode }[],
): Promise<void> {
  await tx.deleteFrom('package_components').where('package_id', '=', packageId).execute();
  if (components.length === 0) return;
  await tx
    .insertInto('package_components')
    .values(
      components.map((c, position) => ({
        package_id: packageId,
        component_id: c.componentId,
        position,
        price_cents: c.priceCents,
        vat_code: c.vatCode,
      })),
    )
    .execute();
}

/** The sum of a package's parts, or null when it has none. */
export async function componentSum(ex: Executor, packageId: string): Promise<number | null> {
  const row = await ex
    .selectFrom('package_components')
    .select((eb) => [
      eb.fn.sum<string | number | null>('price_cents').as('total'),
      eb.fn.countAll<string>().as('n'),
    ])
    .where('package_id', '=', packageId)
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0 ? null : Number(row.total);
}

/** Whether a product is a part of some package (it cannot then become one). */
export async function packagesContaining(ex: Executor, componentId: string): Promise<number> {
  const row = await ex
    .selectFrom('package_components')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('component_id', '=', componentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function prerequisiteEdgesOfProvider(
  ex: Executor,
  providerId: string,
): Promise<{ productId: string; requiredProductId: string }[]> {
  const rows = await ex
    .selectFrom('product_prerequisites as r')
    .innerJoin('products as p', 'p.id', 'r.product_id')
    .select(['r.product_id', 'r.required_product_id'])
    .where('p.provider_id', '=', providerId)
    .execute();
  return rows.map((r) => ({ productId: r.product_id, requiredProductId: r.required_product_id }));
}

export async function replacePrerequisites(
  tx: Executor,
  productId: string,
  prerequisites: { requiredProductId: string; requirement: Achievement }[],
): Promise<void> {
  await tx.deleteFrom('product_prerequisites').where('product_id', '=', productId).execute();
  if (prerequisites.length === 0) return;
  await tx
    .insertInto('product_prerequisites')
    .values(
      prerequisites.map((p) => ({
        product_id: productId,
        required_product_id: p.requiredProductId,
        requirement: p.requirement,
      })),
    )
    .execute();
}

// ---- achievements

export async function upsertAchievement(
  ex: Executor,
  a: {
    learnerId: string;
    productId: string;
    achievement: Achievement;
    achievedOn: string;
    recordedBy: string | null;
  },
): Promise<void> {
  await ex
    .insertInto('learner_achievements')
    .values({
      learner_id: a.learnerId,
      product_id: a.productId,
      achievement: a.achievement,
      achieved_on: a.achievedOn,
      recorded_by: a.recordedBy,
    })
    .onConflict((oc) =>
      oc
        .columns(['learner_id', 'product_id', 'achievement'])
        .doUpdateSet({ achieved_on: a.achievedOn, recorded_by: a.recordedBy }),
    )
    .execute();
}

export async function listAchievements(ex: Executor, learnerId: string): Promise<LearnerAchievement[]> {
  const rows = await ex
    .selectFrom('learner_achievements as a')
    .innerJoin('products as p', 'p.id', 'a.product_id')
    .select(['a.learner_id', 'a.product_id', 'a.achievement', 'a.achieved_on', 'p.code', 'p.name'])
    .where('a.learner_id', '=', learnerId)
    .orderBy('a.achieved_on')
    .orderBy('p.code')
    .execute();
  return rows.map((r) => ({
    learnerId: r.learner_id,
    productId: r.product_id,
    productCode: r.code,
    productName: r.name,
    achievement: r.achievement,
    achievedOn: String(r.achieved_on),
  }));
}
