/**
 * Seats (issue 4, item 5: "no session is ever overbooked, whatever the concurrency"). A seat is
 * taken by ONE conditional UPDATE on the session row (DESIGN, "What we measured": about twice the
 * throughput of SELECT ... FOR UPDATE then UPDATE); the row lock it takes serialises writers on the
 * session, and the check constraint sessions_booked_within_capacity backs it up.
 */
import { sql } from 'kysely';
import type { AppContext } from '../platform/context.ts';
import { compileOnce } from '../platform/db/compiled-query.ts';
import type { Tx } from '../platform/db/database.ts';
import { offerSeat } from './offers.ts';
import * as store from './store.ts';

/**
 * Takes one seat of a session that is open (planned or confirmed) and not full. false: full or
 * not open; nothing changed. Call inside the transaction that inserts the enrollment holding it.
 */
export async function takeSeat(tx: Tx, sessionId: string): Promise<boolean> {
  const { rows } = await takeSeatQuery(tx, { sessionId });
  return rows.length > 0;
}

/** Compiled once (platform/db/compiled-query.ts): every enrollment runs it, under the session's lock. */
const takeSeatQuery = compileOnce((tx, v: { sessionId: string }) =>
  tx
    .updateTable('sessions')
    .set({ booked: sql`booked + 1` })
    .where('id', '=', v.sessionId)
    .where(sql<boolean>`booked < capacity`)
    .where('status', 'in', ['planned', 'confirmed'])
    .returning('booked'),
);

/**
 * Gives back a seat an enrollment held (cancelled, rejected, moved, offer declined or expired). If
 * someone waits for this session, the seat is not returned but passes straight to the first in
 * line as an offer (status offered, held until offer_expires_at, an e-mail, an expiry job); so no
 * concurrent enrollment can take it in between. Call after the holder's status has changed, in the
 * same transaction.
 */
export async function releaseSeat(ctx: AppContext, tx: Tx, sessionId: string, at: Date): Promise<void> {
  const session = await store.findSessionForEnrollment(tx, sessionId);
  const open =
    session !== undefined &&
    (session.status === 'planned' || session.status === 'confirmed') &&
    session.startsAt.getTime() > at.getTime();
  if (open) {
    const next = await store.firstWaitlistedForUpdate(tx, sessionId);
    if (next) {
      await offerSeat(ctx, tx, next, session, at);
      return;
    }
  }
  await tx
    .updateTable('sessions')
    .set({ booked: sql`booked - 1` })
    .where('id', '=', sessionId)
    .where('booked', '>', 0)
    .execute();
}

/**
 * Offers seats that are free while people wait (the capacity was raised, or a seat came back while
 * nobody was first in line): each goes, as in releaseSeat, to the next on the waiting list. Returns
 * how many were offered. For the catalog to call after raising a session's capacity, in its transaction.
 */
export async function offerFreeSeats(ctx: AppContext, tx: Tx, sessionId: string, at: Date): Promise<number> {
  const session = await store.findSessionForEnrollment(tx, sessionId);
  if (!session || session.startsAt.getTime() <= at.getTime()) return 0;
  let offered = 0;
  for (;;) {
    const next = await store.firstWaitlistedForUpdate(tx, sessionId);
    if (!next || !(await takeSeat(tx, sessionId))) break;
    await offerSeat(ctx, tx, next, session, at);
    offered++;
  }
  return offered;
}
