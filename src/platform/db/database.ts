import type { Kysely, Transaction } from 'kysely';
import type { CatalogTables } from '../../catalog/model.ts';
import type { EnrollmentChangeTables } from '../../enrollment/changes/model.ts';
import type { EnrollmentTables } from '../../enrollment/model.ts';
import type { IdentityTables } from '../../identity/model.ts';
import type { TermsTables } from '../../terms/tables.ts';
import type { IdempotencyTables } from '../http/idempotency/model.ts';
import type { PlatformTables } from '../model.ts';

/** The whole schema as Kysely sees it: each context declares its own tables in its model. */
export interface Database
  extends PlatformTables,
    IdempotencyTables,
    IdentityTables,
    CatalogTables,
    EnrollmentTables,
    EnrollmentChangeTables,
    TermsTables {}

export type Db = Kysely<Database>;

/**
 * A transaction in progress. A function that must be atomic, or that locks rows, takes a Tx in its
 * signature so the caller decides where the transaction begins and ends.
 */
export type Tx = Transaction<Database>;

/** Either the pool or a transaction: for reads that may run inside or outside one. */
export type Executor = Db | Tx;
