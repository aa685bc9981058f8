import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Kysely,
  type PostgresCursor,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from 'kysely';
import { compileOnce } from './compiled-query.ts';
import type { Database } from './database.ts';

type Sent = { sql: string; parameters: unknown[] }[];

/** A connection that records what it is sent and answers with no rows: no database needed. */
class RecordingClient implements PostgresPoolClient {
  readonly sent: Sent;
  constructor(sent: Sent) {
    this.sent = sent;
  }
  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sql: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sql !== 'string') throw new Error('no cursors here');
    this.sent.push({ sql, parameters: [...parameters] });
    return Promise.resolve({ command: 'SELECT', rowCount: 0, rows: [] });
  }
  release(): void {}
}

function recordingDb(): { db: Kysely<Database>; sent: Sent } {
  const sent: Sent = [];
  const client = new RecordingClient(sent);
  const pool: PostgresPool = { connect: async () => client, end: async () => {} };
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), sent };
}

describe('queries compiled once', () => {
  it('build once, and send the same text with each run’s values where the slots were', async () => {
    const { db, sent } = recordingDb();
    let builds = 0;
    const query = compileOnce((ex, v: { id: string; capacity: number }) => {
      builds++;
      return ex
        .selectFrom('sessions')
        .select('id')
        .where('id', '=', v.id)
        .where('capacity', '>', v.capacity)
        .where('status', 'in', ['planned', 'confirmed']);
    });
    await query(db, { id: 'a', capacity: 1 });
    await query(db, { id: 'b', capacity: 2 });
    assert.equal(builds, 1);
    assert.equal(sent.length, 2);
    assert.equal(sent[0]?.sql, sent[1]?.sql);
    assert.deepEqual(sent[0]?.parameters, ['a', 1, 'planned', 'confirmed']);
    assert.deepEqual(sent[1]?.parameters, ['b', 2, 'planned', 'confirmed']);
    const direct = db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', 'b')
      .where('capacity', '>', 2)
      .where('status', 'in', ['planned', 'confirmed'])
      .compile();
    assert.equal(sent[1]?.sql, direct.sql, 'the text Kysely writes for the query built each time');
  });
});
