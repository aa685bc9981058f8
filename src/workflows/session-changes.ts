/**
 * Staff change a session (capacity, dates, place, instructor, price), one flow across the catalog
 * and enrollment (issue 12, item 15). The catalog checks and writes the change with the session row
 * locked; in the same transaction every seat that is then free while people wait (a raised capacity)
 * is offered to the waiting list, first in line first, each told by e-mail (issue 4, item 5: "a freed
 * seat goes to the first in line automatically"). The row lock is held until the commit, so a
 * newcomer's enrollment waits for it and finds the seats already offered: it joins the list behind.
 */
import type { Session } from '../catalog/model.ts';
import * as catalog from '../catalog/service.ts';
import * as enrollment from '../enrollment/service.ts';
import type { Actor } from '../identity/model.ts';
import type { AppContext } from '../platform/context.ts';

export async function changeSession(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  input: unknown,
): Promise<Session> {
  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const changed = await catalog.updateSessionInTransaction(tx, ctx, actor, sessionId, input);
      const at = new Date(ctx.clock.now().epochMilliseconds);
      const offered = await enrollment.offerFreeSeats(ctx, tx, sessionId, at);
      if (offered === 0) return changed;
      return (await catalog.findSession(tx, sessionId)) ?? changed;
    });
  } catch (error) {
    throw catalog.sessionCodeConflict(error, input);
  }
}
