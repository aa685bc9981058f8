/**
 * Named prepared statements for the queries Klasse sends again and again. PostgreSQL parses and
 * plans an unnamed statement on every execution, a named one once per connection. Measured with the
 * enrollment benchmark (bench/enroll-hot.ts, 1,000 enrollments on PostgreSQL): PostgreSQL's CPU per
 * enrollment fell from 3.4 to 1.6 ms (the session read joins five tables, and planning it cost more
 * than running it).
 *
 * Kysely sends SQL text with $n parameters, so one text is one statement whatever the values: the same
 * text gets the same name on every connection. A text is named from its REPEAT_BEFORE_NAMING-th use
 * on, so a one-off (a bulk insert of an import sheet, a migration) is not kept in every backend; and
 * at most MAX_NAMED texts are named, which bounds what each backend holds. Texts without parameters
 * stay unnamed: `begin`, `commit`, and multi-statement scripts, which a prepared statement cannot be.
 * Only Kysely's queries go this way (preparingPool); pg-boss keeps the plain pool.
 */
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

const REPEAT_BEFORE_NAMING = 3;
const MAX_NAMED = 2000;

export class StatementNames {
  readonly #uses = new Map<string, number>();
  readonly #names = new Map<string, string>();

  /** The statement name for this text, or undefined while it is still sent unnamed. */
  nameFor(text: string): string | undefined {
    const named = this.#names.get(text);
    if (named !== undefined || this.#names.size >= MAX_NAMED) return named;
    const uses = (this.#uses.get(text) ?? 0) + 1;
    if (uses < REPEAT_BEFORE_NAMING) {
      // Counting stops at the cap too: a server that sees endless one-off texts does not grow.
      if (this.#uses.size < MAX_NAMED * 4) this.#uses.set(text, uses);
      return undefined;
    }
    this.#uses.delete(text);
    const name = `klasse_${this.#names.size + 1}`;
    this.#names.set(text, name);
    return name;
  }
}

/**
 * The pool as Kysely sees it (its PostgresPool interface), each client sending a parameterised text
 * as a named statement once `names` names it. pg-boss keeps the plain pool: its queries are few.
 */
export function preparingPool(pool: pg.Pool, names: StatementNames): PostgresPool {
  return {
    async connect() {
      return new PreparingClient(await pool.connect(), names);
    },
    end: () => pool.end(),
  };
}

const COMMANDS = ['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE'] as const;

class PreparingClient implements PostgresPoolClient {
  readonly #client: pg.PoolClient;
  readonly #names: StatementNames;

  constructor(client: pg.PoolClient, names: StatementNames) {
    this.#client = client;
    this.#names = names;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sql: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // Kysely streams only through the `cursor` class of its dialect config, which Klasse does not set.
    if (typeof sql !== 'string') throw new Error('streaming query results is not configured');
    const values = [...parameters];
    const name = values.length > 0 ? this.#names.nameFor(sql) : undefined;
    return this.#send<R>(name === undefined ? { text: sql, values } : { name, text: sql, values });
  }

  async #send<R>(query: pg.QueryConfig<unknown[]>): Promise<PostgresQueryResult<R>> {
    const result = await this.#client.query<R & pg.QueryResultRow>(query);
    // Kysely reads the command only to count the rows an INSERT, UPDATE, DELETE or MERGE changed.
    const command = COMMANDS.find((c) => c === result.command) ?? 'SELECT';
    return { command, rowCount: result.rowCount ?? 0, rows: result.rows };
  }

  release(): void {
    this.#client.release();
  }
}
