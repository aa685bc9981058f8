import { type RawBuilder, sql } from 'kysely';
import { compileOnce } from '../../db/compiled-query.ts';
import type { Executor } from '../../db/database.ts';

export interface KeyClaim {
  scope: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in-flight' }
  | { kind: 'reused'; method: string; path: string };

/**
 * Claims a key for a first request, or says what became of the earlier one with that key. One
 * statement claims it: a new key is inserted; a key past its lifetime, or a claim abandoned while in
 * flight, is taken over in place (`on conflict do update ... where`); a live key is left alone. Of
 * two requests racing with one key exactly one claims it: the loser waits on the row the winner
 * inserted or updated, then finds it live.
 */
export async function claimKey(
  db: Executor,
  claim: KeyClaim,
  expiredBefore: Date,
  abandonedBefore: Date,
  now: Date,
): Promise<ClaimOutcome> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      scope: claim.scope,
      key: claim.key,
      method: claim.method,
      path: claim.path,
      request_hash: claim.requestHash,
      created_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'key'])
        .doUpdateSet({
          method: claim.method,
          path: claim.path,
          request_hash: claim.requestHash,
          created_at: now,
          response_status: null,
          response_headers: '{}',
          response_body: null,
          completed_at: null,
        })
        .where((eb) =>
          eb.or([
            eb('idempotency_keys.created_at', '<', expiredBefore),
            eb.and([
              eb('idempotency_keys.response_status', 'is', null),
              eb('idempotency_keys.created_at', '<', abandonedBefore),
            ]),
          ]),
        ),
    )
    .returning('key')
    .executeTakeFirst();
  if (inserted) return { kind: 'claimed' };

  // None: deleted between our insert and select (its owner failed and released it); let the client retry.
  return outcomeOfEarlier(await findLiveKey(db, claim.scope, claim.key, expiredBefore), claim, {
    kind: 'in-flight',
  });
}

interface EarlierRequest {
  method: string;
  path: string;
  request_hash: string;
  response_status: number | null;
  response_headers: Record<string, string>;
  response_body: Buffer | null;
}

/** The live key (not past its lifetime) of this scope, with the request and response it holds. */
async function findLiveKey(
  db: Executor,
  scope: string,
  key: string,
  expiredBefore: Date,
): Promise<EarlierRequest | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .select(['method', 'path', 'request_hash', 'response_status', 'response_headers', 'response_body'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('created_at', '>=', expiredBefore)
    .executeTakeFirst();
}

/** What an earlier request with the key means for this one; `missing` when there is none. */
function outcomeOfEarlier(
  existing: EarlierRequest | undefined,
  claim: KeyClaim,
  missing: ClaimOutcome,
): ClaimOutcome {
  if (!existing) return missing;
  if (
    existing.method !== claim.method ||
    existing.path !== claim.path ||
    existing.request_hash !== claim.requestHash
  ) {
    return { kind: 'reused', method: existing.method, path: existing.path };
  }
  if (existing.response_status === null) return { kind: 'in-flight' };
  return {
    kind: 'replay',
    response: {
      status: existing.response_status,
      headers: existing.response_headers,
      body: existing.response_body ?? Buffer.alloc(0),
    },
  };
}

/**
 * For a request that ran in a transaction of its own and did not write its key there (it was
 * refused, or lost the race for the key to a request that committed first): what an earlier request
 * with the key says, or `claimed` when there is none, meaning this request's own answer stands.
 */
export async function earlierOutcome(
  db: Executor,
  claim: KeyClaim,
  expiredBefore: Date,
): Promise<ClaimOutcome> {
  return outcomeOfEarlier(await findLiveKey(db, claim.scope, claim.key, expiredBefore), claim, {
    kind: 'claimed',
  });
}

interface KeyWithResponse {
  scope: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  status: number;
  headers: string;
  body: Buffer;
  now: Date;
  expiredBefore: Date;
  abandonedBefore: Date;
}

/** Compiled once: it runs inside every enrollment's transaction (bench/enroll-hot.ts). */
const insertKeyWithResponse = compileOnce<KeyWithResponse, { key: string }>((db, v) =>
  db
    .insertInto('idempotency_keys')
    .values({
      scope: v.scope,
      key: v.key,
      method: v.method,
      path: v.path,
      request_hash: v.requestHash,
      response_status: v.status,
      response_headers: v.headers,
      response_body: v.body,
      created_at: v.now,
      completed_at: v.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'key'])
        .doUpdateSet((eb) => ({
          method: eb.ref('excluded.method'),
          path: eb.ref('excluded.path'),
          request_hash: eb.ref('excluded.request_hash'),
          response_status: eb.ref('excluded.response_status'),
          response_headers: eb.ref('excluded.response_headers'),
          response_body: eb.ref('excluded.response_body'),
          created_at: eb.ref('excluded.created_at'),
          completed_at: eb.ref('excluded.completed_at'),
        }))
        .where((eb) =>
          eb.or([
            eb('idempotency_keys.created_at', '<', v.expiredBefore),
            eb.and([
              eb('idempotency_keys.response_status', 'is', null),
              eb('idempotency_keys.created_at', '<', v.abandonedBefore),
            ]),
          ]),
        ),
    )
    .returning('key'),
);

/**
 * Writes a key with its response at once, in the caller's transaction: the request's effect and
 * its stored answer commit together or not at all (issue 12, item 20). false: a live key is there
 * already (a request with the same key committed first; this statement waited for it), and the
 * caller must roll back. A key past its lifetime, or a claim abandoned in flight, is taken over.
 */
export async function storeKeyWithResponse(
  ex: Executor,
  claim: KeyClaim,
  response: StoredResponse,
  expiredBefore: Date,
  abandonedBefore: Date,
  now: Date,
): Promise<boolean> {
  const { rows } = await insertKeyWithResponse(ex, {
    ...claim,
    status: response.status,
    headers: JSON.stringify(response.headers),
    body: response.body,
    now,
    expiredBefore,
    abandonedBefore,
  });
  return rows.length > 0;
}

/**
 * The key with its answer as an INSERT for another statement to embed as a CTE (issue 12, item 20):
 * a service whose one write statement decides between a few known outcomes (enrolling: a seat, or
 * the waiting list) writes the answer of the outcome it reached in that same statement, without a
 * round trip of its own. One row per row of `from`, with answer number `pick` (1-based, an SQL
 * expression over `from`) of `bodies`; the takeover rules and `returning key` are storeKeyWithResponse's.
 */
export function keyWithResponseInsert(
  claim: KeyClaim,
  response: { status: number; headers: Record<string, string> },
  bodies: readonly Buffer[],
  from: RawBuilder<unknown>,
  pick: RawBuilder<number>,
  expiredBefore: Date,
  abandonedBefore: Date,
  now: Date,
): RawBuilder<unknown> {
  const answers = sql.join(bodies.map((body) => sql`${body}::bytea`));
  return sql`insert into idempotency_keys (scope, key, method, path, request_hash, response_status,
      response_headers, response_body, created_at, completed_at)
    select ${claim.scope}::text, ${claim.key}::text, ${claim.method}::text, ${claim.path}::text,
           ${claim.requestHash}::text, ${response.status}::integer, ${JSON.stringify(response.headers)}::jsonb,
           (array[${answers}])[${pick}], ${now}::timestamptz, ${now}::timestamptz
      from ${from}
    on conflict (scope, key) do update set method = excluded.method, path = excluded.path,
      request_hash = excluded.request_hash, response_status = excluded.response_status,
      response_headers = excluded.response_headers, response_body = excluded.response_body,
      created_at = excluded.created_at, completed_at = excluded.completed_at
     where idempotency_keys.created_at < ${expiredBefore}::timestamptz
        or (idempotency_keys.response_status is null and idempotency_keys.created_at < ${abandonedBefore}::timestamptz)
    returning key`;
}

export async function completeKey(
  db: Executor,
  scope: string,
  key: string,
  response: StoredResponse,
  now: Date,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({
      response_status: response.status,
      response_headers: JSON.stringify(response.headers),
      response_body: response.body,
      completed_at: now,
    })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

/** Gives a key back (the request failed on our side), so a retry runs the request again. */
export async function releaseKey(db: Executor, scope: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).execute();
}

export async function deleteExpiredKeys(db: Executor, expiredBefore: Date): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', expiredBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
