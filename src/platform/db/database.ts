import type { Kysely, Transaction } from 'kysely';
import type { IdempotencyTables } from '../http/idempotency/model.ts';
import type { PlatformTables } from '../model.ts';

/**
 * The whole schema as Kysely sees it. The platform declares its own tables here; each context
 * declares its tables in its model, and the composition root (src/composition/tables.ts) adds them
 * to this interface by declaration merging, so `platform/` imports no context (decision 0011).
 */
export interface Database extends PlatformTables, IdempotencyTables {}

export type Db = Kysely<Database>;

/**
 * A transaction in progress. A function that must be atomic, or that locks rows, takes a Tx in its
 * signature so the caller decides where the transaction begins and ends.
 */
export type Tx = Transaction<Database>;

/** Either the pool or a transaction: for reads that may run inside or outside one. */
export type Executor = Db | Tx;
