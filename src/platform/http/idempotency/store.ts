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

  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['method', 'path', 'request_hash', 'response_status', 'response_headers', 'response_body'])
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .executeTakeFirst();
  // Deleted between our insert and select (its owner failed and released it): let the client retry.
  if (!existing) return { kind: 'in-flight' };
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
