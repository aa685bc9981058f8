import type { AppContext } from '../platform/context.ts';
import { NotFoundError } from '../platform/errors.ts';
import { nowDate } from './dates.ts';
import { type Actor, type ApiToken, createTokenSchema, parseInput } from './model.ts';
import { hashSecret, newApiToken } from './secrets.ts';
import { actorOf, SESSION_TOUCH_SECONDS } from './sessions.ts';
import * as store from './store.ts';

/** API tokens: a user's named secrets for machine access, shown once, stored as a hash. */

/** The user an API token belongs to; null when the token is unknown, revoked, or its user disabled. */
export async function authenticateApiToken(
  ctx: AppContext,
  token: string,
): Promise<{ actor: Actor; tokenId: string } | null> {
  const found = await store.findLiveApiToken(ctx.db, hashSecret(token));
  if (!found || found.user.disabled) return null;
  const at = nowDate(ctx);
  if (!found.lastUsedAt || at.getTime() - found.lastUsedAt.getTime() >= SESSION_TOUCH_SECONDS * 1000) {
    await store.markApiTokenUsed(ctx.db, found.tokenId, at);
  }
  return { actor: actorOf(found.user), tokenId: found.tokenId };
}

export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<ApiToken & { token: string }> {
  const { name } = parseInput(createTokenSchema, input);
  const token = newApiToken();
  const created = await store.insertApiToken(ctx.db, {
    tokenHash: hashSecret(token),
    prefix: token.slice(0, 12),
    name,
    userId: actor.userId,
    at: nowDate(ctx),
  });
  return { ...created, token };
}

export function listApiTokens(ctx: AppContext, actor: Actor): Promise<ApiToken[]> {
  return store.listApiTokens(ctx.db, actor.userId);
}

/** Revokes one of the actor's own tokens; someone else's token is "not found". */
export async function revokeApiToken(ctx: AppContext, actor: Actor, tokenId: string): Promise<void> {
  if (!(await store.revokeApiToken(ctx.db, tokenId, actor.userId, nowDate(ctx)))) {
    throw new NotFoundError('API token');
  }
}
