import { CompiledQuery } from 'kysely';
import type pg from 'pg';
import type { Tx } from '../db/database.ts';

/** The one thing pg-boss needs from a database connection (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the application's own pool, so the queue and the app share one `pg` code path and, on the
 * embedded database, its single connection. The queries still running are kept so that stop() can wait
 * for them before the pool is closed.
 */
export function poolExecutor(pool: pg.Pool): SqlExecutor & { settled(): Promise<void> } {
  const running = new Set<Promise<unknown>>();
  return {
    executeSql(text, values) {
      const query = pool.query(text, values);
      running.add(query);
      void query.then(
        () => running.delete(query),
        () => running.delete(query),
      );
      return query;
    },
    async settled() {
      await Promise.allSettled([...running]);
    },
  };
}

/**
 * pg-boss inside the caller's transaction: the job row is written by the same connection and commits
 * or rolls back with the change that caused it. Never the pool here: on the embedded database the
 * transaction holds the only connection, and a pool query would wait for it forever.
 */
export function transactionExecutor(tx: Tx): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const result = await tx.executeQuery(CompiledQuery.raw(text, values));
      return { rows: [...result.rows] };
    },
  };
}
