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
 */
import pg from 'pg';

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

/** A pool's client class whose parameterised queries run as named prepared statements. */
export function preparingClient(names: StatementNames): new () => pg.Client {
  return class PreparingClient extends pg.Client {
    // pg's query() has many overloads; this forwards them all, naming only (text, values[, callback]).
    // biome-ignore lint/suspicious/noExplicitAny: the override must accept every overload of pg's query()
    override query(...args: any[]): any {
      // biome-ignore lint/suspicious/noExplicitAny: as above
      const send = (...a: any[]) => (super.query as (...b: any[]) => any).apply(this, a);
      const [text, values] = args;
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
        const name = names.nameFor(text);
        if (name !== undefined) return send({ name, text, values }, ...args.slice(2));
      }
      return send(...args);
    }
  };
}
