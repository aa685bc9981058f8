import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { ValidationError } from '../platform/errors.ts';
import type { User } from './model.ts';
import * as store from './store.ts';
import { createUser } from './users.ts';

/** Use cases of the operator: the `klasse` command line and the demo seed. */

export interface CliUserInput {
  email: string;
  name: string;
  role: string;
  providerSlug?: string | undefined;
  customerId?: string | undefined;
  locale?: string | undefined;
  password: string;
}

/** `klasse user create`: the operator names the provider by its slug. */
export async function createUserAsOperator(ctx: AppContext, input: CliUserInput): Promise<User> {
  let providerId: string | null = null;
  if (input.providerSlug !== undefined) {
    const provider = await store.findProviderBySlug(ctx.db, input.providerSlug);
    if (!provider)
      throw new ValidationError([
        { path: 'provider', message: `no provider with slug ${input.providerSlug}` },
      ]);
    providerId = provider.id;
  }
  return createUser(ctx, null, {
    email: input.email,
    name: input.name,
    // The schema names a bad role with the list of good ones.
    role: input.role,
    providerId,
    customerId: input.customerId ?? null,
    locale: input.locale,
    password: input.password,
  });
}

// Used by the demo seed.

export function countProviders(ex: Executor): Promise<number> {
  return store.countProviders(ex);
}

/** Removes a provider with its customers, users and products, and the users of an e-mail domain. */
export async function deleteProviderAndDomainUsers(
  ex: Executor,
  providerId: string | null,
  emailDomain: string,
) {
  if (providerId) await store.deleteProvider(ex, providerId);
  await store.deleteUsersByEmailDomain(ex, emailDomain);
}
