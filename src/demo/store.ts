/** The demo context owns no tables; this is its one statement. */
import { sql } from 'kysely';
import type { Tx } from '../platform/db/database.ts';

// Any fixed number: processes starting together on one empty database seed it once.
const DEMO_SEED_LOCK = 4_242_002;

/** Held until the transaction ends. */
export async function lockDemoSeed(tx: Tx): Promise<void> {
  await sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK})`.execute(tx);
}
