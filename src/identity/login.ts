import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { nowDate, plus } from './dates.ts';
import { loginBodySchema, parseInput, type User } from './model.ts';
import { hashSecret, newSecret, verifyAgainstNothing, verifyPassword } from './secrets.ts';
import { SESSION_IDLE_HOURS } from './sessions.ts';
import * as store from './store.ts';

/** Logging in (with throttling of failed attempts) and out. */

/**
 * Login throttling: at most 10 failed attempts per e-mail and client address in 15 minutes. PlusPort
 * general terms 14.16 allow throttling; it also makes guessing a password impractical.
 */
export const LOGIN_LIMIT = { failures: 10, windowMinutes: 15 } as const;

export class LoginThrottledError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'too-many-login-attempts',
      'Too many login attempts',
      `Too many failed logins for this e-mail address. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(
      401,
      'invalid-credentials',
      'Wrong e-mail or password',
      'The e-mail address or the password is wrong.',
    );
  }
}

export interface LoginResult {
  user: User;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Counts one password attempt for an e-mail and client address, before the password is hashed, in
 * one statement that increments and returns: parallel attempts each see the ones before them, so the
 * 11th of 60 at once is already refused (issue 12, item 4). Throws LoginThrottledError beyond the
 * limit. A successful attempt clears the count (store.clearLoginAttempts); a failed one stays counted.
 */
export async function countPasswordAttempt(
  ctx: AppContext,
  key: { email: string; ip: string },
  at: Date,
): Promise<void> {
  const windowStart = plus(at, { minutes: -LOGIN_LIMIT.windowMinutes });
  const counted = await store.countLoginAttempt(ctx.db, key, at, windowStart);
  if (counted.attempts > LOGIN_LIMIT.failures) {
    const freeAt = plus(counted.windowStartedAt, { minutes: LOGIN_LIMIT.windowMinutes });
    throw new LoginThrottledError(Math.max(1, Math.ceil((freeAt.getTime() - at.getTime()) / 1000)));
  }
}

export async function login(ctx: AppContext, input: unknown, clientIp: string): Promise<LoginResult> {
  const { email, password } = parseInput(loginBodySchema, input);
  const at = nowDate(ctx);
  const windowStart = plus(at, { minutes: -LOGIN_LIMIT.windowMinutes });
  const key = { email, ip: clientIp };
  await countPasswordAttempt(ctx, key, at);
  const user = await store.findUserByEmail(ctx.db, email);
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstNothing(password);
  if (!user || !ok || user.disabled) {
    await store.pruneLoginThrottle(ctx.db, windowStart);
    throw new InvalidCredentialsError();
  }
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = plus(at, { hours: SESSION_IDLE_HOURS });
  await ctx.db.transaction().execute(async (tx) => {
    await store.clearLoginAttempts(tx, key);
    // Sessions that ran out without a logout are tidied away when their user comes back.
    await store.deleteExpiredSessionsOfUser(tx, user.id, at);
    await store.insertSession(tx, {
      tokenHash: hashSecret(sessionToken),
      csrfToken,
      userId: user.id,
      at,
      expiresAt,
    });
  });
  const { passwordHash: _, ...visible } = user;
  return { user: visible, sessionToken, csrfToken, expiresAt };
}

export async function logout(ctx: AppContext, sessionToken: string): Promise<void> {
  await store.deleteSessionByTokenHash(ctx.db, hashSecret(sessionToken));
}
