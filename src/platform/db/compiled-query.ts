/**
 * Hot queries built and compiled by Kysely once, then run with new parameters (issue 12, item 20).
 * Building a query (immutable nodes, one copy per method call) and compiling it to SQL cost more of
 * the app's CPU per enrollment than anything else of ours (node --cpu-prof on bench/enroll-hot.ts);
 * the SQL text is the same every time, only the values differ. So the query is built once with a
 * placeholder for each run-time value, compiled, and each run swaps the values into the parameter
 * list. The text stays what Kysely wrote, so it is still named and prepared once per connection
 * (prepared-statements.ts) and still type-checked where it is written.
 */
import { type Compilable, type CompiledQuery, createQueryId, type QueryResult } from 'kysely';
import type { Executor } from './database.ts';

/** A run-time value's place in a query built once: Kysely takes it for a value and makes it a parameter. */
class Slot {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/**
 * A query run many times with other values. `build` gets `slots`, whose every property stands for
 * the run-time value of that name (typed as the value, so Kysely checks the query as usual); a value
 * written into the query itself (a status list, a constant) stays as it is. A slot may appear where
 * Kysely makes one parameter of a value; not where it inlines one or spreads an array.
 */
export function compileOnce<P extends object, R>(
  build: (ex: Executor, slots: P) => Compilable<R>,
): (ex: Executor, values: P) => Promise<QueryResult<R>> {
  let compiled: { query: CompiledQuery<R>; names: Array<keyof P | undefined> } | undefined;
  return (ex, values) => {
    if (compiled === undefined) {
      const slots = new Proxy<P>(Object.create(null), {
        get: (_target, name) => new Slot(String(name)),
      });
      const query = build(ex, slots).compile();
      const names = query.parameters.map((v) => (v instanceof Slot ? (v.name as keyof P) : undefined));
      compiled = { query, names };
    }
    const { query, names } = compiled;
    const parameters = query.parameters.map((constant, i) => {
      const name = names[i];
      return name === undefined ? constant : values[name];
    });
    return ex.executeQuery<R>({ ...query, queryId: createQueryId(), parameters });
  };
}
