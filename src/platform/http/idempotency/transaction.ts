/**
 * Idempotency-Key written inside the request's own transaction (issue 12, item 20). The plugin's
 * default claims the key in one statement before the handler and stores the answer in another after
 * it, around the transaction of the effect; on the hot path of enrolling that was two of eight
 * statements and a pool checkout of their own. A route whose service runs in one transaction can
 * instead have the key and its answer inserted as the transaction's last statement:
 * - the effect and its stored answer commit together, so there is no "claimed but not answered"
 *   state, and no window in which a crash leaves a key looking in flight;
 * - of two requests racing with one key, the second's insert waits for the first's transaction and
 *   then finds the key taken: it rolls back (its effect undone) and replays the first's answer;
 * - a retry after the first committed runs into whatever the first left (enrolled already, say),
 *   and a refusal is first checked against the key: if it holds an answer, that answer is replayed.
 * The route sets `config: { idempotencyInTransaction: true }` and answers through respondInTransaction.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RawBuilder } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { appErrorOf } from '../../errors.ts';
import {
  claimOf,
  inProgressError,
  jsonHoldsSecret,
  keyDates,
  keyStateOf,
  reusedError,
  sendReplay,
} from './plugin.ts';
import { earlierOutcome, keyWithResponseInsert, storeKeyWithResponse } from './store.ts';

/**
 * What the service is given to answer an Idempotency-Key in its transaction: `write` as the last
 * statement, or, where its last write decides between a few outcomes whose results it knows in
 * advance, `fold` the key into that write (no statement of its own).
 */
export interface AnswerInTransaction<T> {
  /** Writes the key with this result, as the last statement of the transaction. */
  write: (tx: Tx, result: T) => Promise<void>;
  /**
   * The key's insert for each possible result (candidates, in the order the statement picks them,
   * from 1); undefined when the answer is not stored at all (it holds a secret), so nothing is folded.
   */
  fold: (candidates: readonly T[]) => FoldedAnswer | undefined;
}

export interface FoldedAnswer {
  /** The INSERT to embed as a CTE: one key row per row of `from`, with answer number `pick`. */
  insert: (from: RawBuilder<unknown>, pick: RawBuilder<number>) => RawBuilder<unknown>;
  /**
   * After the statement ran: which candidate it reached, and whether it stored the key. Not stored
   * means a request with the same key committed first: this throws, and the transaction rolls back.
   */
  settle: (pick: number, stored: boolean) => void;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Thrown in the transaction when a request with the same key committed first: roll back, replay. */
class KeyTakenMeanwhile extends Error {}

/**
 * Runs `run` and answers with its result and `status`. With an Idempotency-Key, `run` gets a writer
 * to call last in its transaction: it serialises the result with the route's response schema and
 * writes it with the key, so what is stored is byte for byte what is sent.
 */
export async function respondInTransaction<T>(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: (answer: AnswerInTransaction<T> | undefined) => Promise<T>,
): Promise<FastifyReply> {
  const state = keyStateOf(request);
  const scope = state?.scope;
  if (!state?.inTransaction || scope === undefined) return reply.code(status).send(await run(undefined));
  const claim = claimOf(request, { ...state, scope });
  const dates = keyDates(ctx);
  const headers = { 'content-type': JSON_TYPE };
  let payload: string | undefined;
  const serialize = (result: T): string => {
    reply.code(status);
    const serialized = reply.serialize(result);
    // A JSON schema's serializer gives a string; anything else would not be a JSON answer.
    if (typeof serialized !== 'string') throw new Error('the response serializer did not give JSON text');
    return serialized;
  };
  const answer: AnswerInTransaction<T> = {
    write: async (tx, result) => {
      payload = serialize(result);
      const body = Buffer.from(payload);
      // A secret in the answer is never stored (plugin.ts, SECRET_FIELD): a retry runs again.
      if (jsonHoldsSecret(JSON_TYPE, body)) return;
      const stored = await storeKeyWithResponse(
        tx,
        claim,
        { status, headers, body },
        dates.expiredBefore,
        dates.abandonedBefore,
        dates.now,
      );
      if (!stored) throw new KeyTakenMeanwhile();
    },
    fold: (candidates) => {
      const texts = candidates.map(serialize);
      const bodies = texts.map((text) => Buffer.from(text));
      if (bodies.some((body) => jsonHoldsSecret(JSON_TYPE, body))) return undefined;
      return {
        insert: (from, pick) =>
          keyWithResponseInsert(
            claim,
            { status, headers },
            bodies,
            from,
            pick,
            dates.expiredBefore,
            dates.abandonedBefore,
            dates.now,
          ),
        settle: (pick, stored) => {
          payload = texts[pick - 1];
          if (payload === undefined)
            throw new Error(`the statement picked answer ${pick} of ${texts.length}`);
          if (!stored) throw new KeyTakenMeanwhile();
        },
      };
    },
  };
  try {
    await run(answer);
  } catch (error) {
    const lostRace = error instanceof KeyTakenMeanwhile;
    const refusal = appErrorOf(error);
    if (!lostRace && !(refusal && refusal.status < 500)) throw error;
    // Refused, or beaten to the key: an earlier request's answer, if the key holds one, is the answer.
    const earlier = await earlierOutcome(ctx.db, claim, dates.expiredBefore);
    switch (earlier.kind) {
      case 'claimed':
        // No earlier answer: the refusal stands (the plugin stores it); a vanished winner, retry.
        throw lostRace ? inProgressError() : error;
      case 'replay':
        state.settled = true;
        return sendReplay(reply, earlier.response);
      case 'in-flight':
        throw inProgressError();
      case 'reused':
        throw reusedError(earlier);
    }
  }
  state.settled = true;
  if (payload === undefined)
    throw new Error('the service did not call the idempotency writer in its transaction');
  return reply.code(status).type(JSON_TYPE).send(payload);
}
