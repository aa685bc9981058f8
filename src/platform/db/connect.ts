import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import type { Database, Db } from './database.ts';
import { type EmbeddedServer, startEmbeddedDatabase } from './embedded.ts';
import { preparingPool, StatementNames } from './prepared-statements.ts';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Db;
  /** The underlying pool, shared with the job queue so both use one `pg` code path. */
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL URL; absent means the embedded database in dataDir. */
  url?: string | undefined;
  /** Where the embedded database lives, or 'memory://'. */
  dataDir: string;
  /** With 'memory://': a data directory tar the database starts from (tests, decision 0016). */
  embeddedSnapshot?: string | undefined;
  poolSize?: number;
}

// int8 (sums, counts, cents) as a JS number: every amount Klasse keeps is far below 2^53 cents.
// date stays the 'YYYY-MM-DD' string it is, so no time zone ever shifts a calendar date.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (value: string) => Number(value);
    if (oid === 1082) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** The lock on an embedded database's folder (data-dir-lock.ts); none for PostgreSQL or memory. */
export function lockEmbeddedDataDir(options: DatabaseOptions): DataDirLock | undefined {
  return options.url || options.dataDir === 'memory://' ? undefined : lockDataDir(options.dataDir);
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const lock = lockEmbeddedDataDir(options);
  let embedded: EmbeddedServer | undefined;
  try {
    embedded = options.url
      ? undefined
      : await startEmbeddedDatabase(options.dataDir, options.embeddedSnapshot);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const pool = new pg.Pool({
    connectionString: options.url ?? embedded?.url,
    // PGlite is a single session: one connection, and the pool queues the rest.
    max: embedded ? 1 : (options.poolSize ?? 10),
    types,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next checkout.
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: preparingPool(pool, new StatementNames()) }),
  });
  let closed = false;
  return {
    kind: embedded ? 'embedded' : 'postgres',
    db,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.destroy();
        await embedded?.stop();
      } finally {
        lock?.release();
      }
    },
  };
}
