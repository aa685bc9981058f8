import type { AppContext } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { Actor, Customer, Provider, User } from './model.ts';
import * as store from './store.ts';

/** Who am I: the actor's user with their provider and customer company. */

export interface Me {
  user: User;
  provider: Provider | null;
  customer: Customer | null;
}

export async function me(ctx: AppContext, actor: Actor): Promise<Me> {
  const user = await store.findUserById(ctx.db, actor.userId);
  if (!user) throw new NotFoundError('User');
  const provider = user.providerId ? ((await store.findProviderById(ctx.db, user.providerId)) ?? null) : null;
  const customer = user.customerId ? ((await store.findCustomerById(ctx.db, user.customerId)) ?? null) : null;
  return { user, provider, customer };
}
