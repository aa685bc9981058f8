import type { ColumnType } from 'kysely';

/** A key is honoured for this long; after it, the same key is a new request (cleanup deletes it). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/**
 * A first request that has not answered after this long is taken to have died with its process;
 * a retry may then run again instead of getting 409 for a day.
 */
export const IN_FLIGHT_TIMEOUT_SECONDS = 120;

/** The methods that change something: an Idempotency-Key is honoured on these. */
export const MUTATING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

/** Headers of a stored response that a replay sends again; never set-cookie (a session token). */
export const REPLAYED_HEADERS = [
  'content-type',
  'content-language',
  'location',
  'etag',
  'last-modified',
  'link',
];

export interface IdempotencyTables {
  idempotency_keys: {
    scope: string;
    key: string;
    method: string;
    path: string;
    request_hash: string;
    response_status: number | null;
    response_headers: ColumnType<Record<string, string>, string | undefined, string>;
    response_body: Buffer | null;
    // Rewritten when an expired or abandoned key is claimed anew (store.ts claimKey).
    created_at: ColumnType<Date, Date, Date>;
    completed_at: Date | null;
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * true: the route's handler answers through respondInTransaction (transaction.ts), which writes
     * the key and the response in the transaction of the request's effect; nothing is claimed ahead.
     */
    idempotencyInTransaction?: true;
  }
}
