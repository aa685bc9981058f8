import type { AppContext } from '../platform/context.ts';
import { nowDate, plus } from './dates.ts';
import type { Actor, User } from './model.ts';
import { hashSecret } from './secrets.ts';
import * as store from './store.ts';

/** Web sessions: who a session cookie belongs to, with a sliding expiry. */

/** A web session lives this long after its last use (sliding expiry). */
export const SESSION_IDLE_HOURS = 12 * 24;
/** The expiry is pushed forward at most once a minute, so a busy page does not write on every call. */
export const SESSION_TOUCH_SECONDS = 60;

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: user.locale,
    providerId: user.providerId,
    customerId: user.customerId,
  };
}

export interface SessionAuth {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  /** Set when the expiry moved forward, so the cookie should be sent again with the new expiry. */
  renewedUntil: Date | null;
}

/** The live session a cookie names, sliding its expiry forward; null when there is none. */
export async function authenticateSession(
  ctx: AppContext,
  sessionToken: string,
): Promise<SessionAuth | null> {
  const session = await store.findSessionByTokenHash(ctx.db, hashSecret(sessionToken));
  if (!session) return null;
  const at = nowDate(ctx);
  if (session.expiresAt <= at || session.user.disabled) {
    await store.deleteSessionById(ctx.db, session.sessionId);
    return null;
  }
  let renewedUntil: Date | null = null;
  if (at.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_SECONDS * 1000) {
    renewedUntil = plus(at, { hours: SESSION_IDLE_HOURS });
    await store.extendSession(ctx.db, session.sessionId, at, renewedUntil);
  }
  return {
    actor: actorOf(session.user),
    sessionId: session.sessionId,
    csrfToken: session.csrfToken,
    renewedUntil,
  };
}
