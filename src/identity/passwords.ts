import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import { UnauthorizedError, ValidationError } from '../platform/errors.ts';
import { nowDate } from './dates.ts';
import { countPasswordAttempt } from './login.ts';
import { type Actor, changePasswordSchema, parseInput } from './model.ts';
import { hashPassword, verifyPassword } from './secrets.ts';
import * as store from './store.ts';

/**
 * Changing a password (issue 12, item 5; ASVS 2.1.5, 3.3.3). Whoever changes a password, every API
 * token of the user is revoked and every web session ended, except the session the user changed
 * their own password in: whoever had the old password (or a session or token made with it) is out.
 */

/**
 * Ends what the old password opened: every web session of the user but `keepSessionId`, and every
 * API token. Runs in the transaction that writes the new hash, so both happen or neither.
 */
export async function revokeAccessAfterPasswordChange(
  tx: Tx,
  userId: string,
  keepSessionId: string | null,
  at: Date,
): Promise<void> {
  if (keepSessionId === null) await store.deleteSessionsOfUser(tx, userId);
  else await store.deleteOtherSessionsOfUser(tx, userId, keepSessionId);
  await store.revokeApiTokensOfUser(tx, userId, at);
}

/**
 * A signed-in user changes their own password, giving the current one. A wrong current password
 * counts towards the login throttle of their e-mail address and client address, so a borrowed
 * session cannot be used to guess it.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  request: { sessionId: string | null; clientIp: string },
): Promise<void> {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const at = nowDate(ctx);
  const key = { email: actor.email.toLowerCase(), ip: request.clientIp };
  await countPasswordAttempt(ctx, key, at);
  const user = await store.findUserWithPasswordById(ctx.db, actor.userId);
  if (!user || user.disabled) throw new UnauthorizedError();
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new ValidationError(
      [{ path: 'currentPassword', message: 'is not your current password' }],
      'The current password is wrong; nothing was changed.',
    );
  }
  if (newPassword === currentPassword) {
    throw new ValidationError([{ path: 'newPassword', message: 'must differ from the current password' }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (tx) => {
    await store.clearLoginAttempts(tx, key);
    await store.updateUser(tx, actor.userId, { passwordHash }, at);
    await revokeAccessAfterPasswordChange(tx, actor.userId, request.sessionId, at);
  });
}
