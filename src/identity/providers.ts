import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { ConflictError } from '../platform/errors.ts';
import { nowDate } from './dates.ts';
import { createProviderSchema, type Provider, parseInput } from './model.ts';
import * as store from './store.ts';

/** Training providers (the tenants). */

/** Pass the transaction when inside one: the embedded database has a single connection. */
export function findProviderBySlug(
  ctx: AppContext,
  slug: string,
  ex: Executor = ctx.db,
): Promise<Provider | undefined> {
  return store.findProviderBySlug(ex, slug);
}

export function findProviderById(
  ctx: AppContext,
  id: string,
  ex: Executor = ctx.db,
): Promise<Provider | undefined> {
  return store.findProviderById(ex, id);
}

/** Creates a provider. Only the operator (CLI, demo seed) does this for now; no HTTP route yet. */
export async function createProvider(ctx: AppContext, ex: Executor, input: unknown): Promise<Provider> {
  const p = parseInput(createProviderSchema, input);
  if (await store.findProviderBySlug(ex, p.slug)) {
    throw new ConflictError('slug-taken', 'Slug already in use', `A provider with slug ${p.slug} exists.`);
  }
  return store.insertProvider(ex, p, nowDate(ctx));
}
