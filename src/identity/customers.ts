import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import { conflictOnUnique, FieldConflictError } from '../platform/db/unique-violation.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { canCreateCustomer, canSeeCustomer, customerScope } from './authorize.ts';
import { nowDate } from './dates.ts';
import { type Actor, type Customer, createCustomerSchema, parseInput } from './model.ts';
import * as store from './store.ts';

/** Customer companies of a provider. */

export function findCustomerById(
  ctx: AppContext,
  id: string,
  ex: Executor = ctx.db,
): Promise<Customer | undefined> {
  return store.findCustomerById(ex, id);
}

export function listCustomers(ctx: AppContext, actor: Actor): Promise<Customer[]> {
  return store.listCustomers(ctx.db, customerScope(actor));
}

export async function getCustomer(ctx: AppContext, actor: Actor, id: string): Promise<Customer> {
  const customer = await store.findCustomerById(ctx.db, id);
  if (!customer || !canSeeCustomer(actor, customer)) throw new NotFoundError('Customer');
  return customer;
}

/** Adds a customer company; actor null is the operator (demo seed). */
export function createCustomer(ctx: AppContext, actor: Actor | null, input: unknown): Promise<Customer> {
  return ctx.db.transaction().execute((tx) => createCustomerInTransaction(tx, ctx, actor, input));
}

export async function createCustomerInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  input: unknown,
): Promise<Customer> {
  const parsed = parseInput(createCustomerSchema, input);
  const providerId = parsed.providerId ?? actor?.providerId;
  if (!providerId) {
    throw new ValidationError([
      { path: 'providerId', message: 'say which provider the company is a customer of' },
    ]);
  }
  if (actor && !canCreateCustomer(actor, providerId)) {
    throw new ForbiddenError('Only staff of the provider may add its customer companies.');
  }
  if (!(await store.findProviderById(tx, providerId))) {
    throw new ValidationError([{ path: 'providerId', message: 'no such provider' }]);
  }
  const customer = {
    providerId,
    name: parsed.name,
    chamberOfCommerceNumber: parsed.chamberOfCommerceNumber ?? null,
    vatNumber: parsed.vatNumber ?? null,
    street: parsed.street,
    postalCode: parsed.postalCode,
    city: parsed.city,
    country: parsed.country,
    billingEmail: parsed.billingEmail,
  };
  // The unique index decides between parallel requests (migration 0012, issue 12 item 12).
  return conflictOnUnique(() => store.insertCustomer(tx, customer, nowDate(ctx)), {
    customers_provider_kvk_unique: () =>
      new FieldConflictError(
        'customer-number-taken',
        'Customer already exists',
        'chamberOfCommerceNumber',
        `this provider already has a customer with KvK number ${customer.chamberOfCommerceNumber}`,
      ),
  });
}
