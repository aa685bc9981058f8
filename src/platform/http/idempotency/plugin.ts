import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { AppError, ConflictError, ValidationError } from '../../errors.ts';
import type { KlasseApp } from '../types.ts';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_TTL_HOURS,
  IN_FLIGHT_TIMEOUT_SECONDS,
  MUTATING_METHODS,
  REPLAYED_HEADER,
  REPLAYED_HEADERS,
} from './model.ts';
import {
  type ClaimOutcome,
  claimKey,
  completeKey,
  deleteExpiredKeys,
  type KeyClaim,
  releaseKey,
  type StoredResponse,
  storeKeyWithResponse,
} from './store.ts';

/** Printable ASCII, as a UUID or any client-made token looks; long enough for any of them. */
const SANE_KEY = /^[\x21-\x7e]{1,255}$/;
const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

export interface KeyState {
  key: string;
  requestHash: string;
  scope?: string;
  claimed: boolean;
  /** The route writes key and response in its own transaction (transaction.ts): nothing claimed before. */
  inTransaction: boolean;
  /** The answer is stored already (in the route's transaction) or is a replay: onSend stores nothing. */
  settled: boolean;
}

const states = new WeakMap<FastifyRequest, KeyState>();

/** The Idempotency-Key state of a request that sent one, once it passed validation and authentication. */
export function keyStateOf(request: FastifyRequest): KeyState | undefined {
  return states.get(request);
}

/**
 * A field that holds a secret ('password', 'newPassword', 'token', 'csrfToken', 'clientSecret'):
 * its value must never sit in idempotency_keys, neither hashed (a fast unsalted hash of a password
 * would undo argon2) nor as a stored response (a new API token, a session's CSRF token).
 */
const SECRET_FIELD = /(password|passphrase|secret|token)$/i;

function holdsSecret(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSecret);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return false;
  return Object.entries(value as Record<string, unknown>).some(
    ([key, inner]) => SECRET_FIELD.test(key) || holdsSecret(inner),
  );
}

export function jsonHoldsSecret(contentType: unknown, body: Buffer): boolean {
  if (typeof contentType !== 'string' || !contentType.includes('json')) return false;
  try {
    return holdsSecret(JSON.parse(body.toString('utf8')));
  } catch {
    return false;
  }
}

/** Key order does not matter: a client that rebuilds the same object for its retry still matches. */
function canonical(value: unknown): string {
  if (Buffer.isBuffer(value)) return `b:${value.toString('base64')}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function scopeOf(request: FastifyRequest): string {
  return request.actor ? `user:${request.actor.userId}` : `anonymous:${request.ip}`;
}

export function toDate(ctx: AppContext, offsetSeconds = 0): Date {
  return new Date(ctx.clock.now().epochMilliseconds - offsetSeconds * 1000);
}

export function claimOf(request: FastifyRequest, state: KeyState & { scope: string }): KeyClaim {
  const path = request.url.split('?')[0] ?? request.url;
  return { scope: state.scope, key: state.key, method: request.method, path, requestHash: state.requestHash };
}

/** The stored answer of the first request with this key, sent again and marked as a replay. */
export function sendReplay(reply: FastifyReply, response: StoredResponse): FastifyReply {
  return reply
    .code(response.status)
    .headers(response.headers)
    .header(REPLAYED_HEADER, 'true')
    .send(response.body);
}

export function inProgressError(): ConflictError {
  return new ConflictError(
    'idempotency-request-in-progress',
    'Request still in progress',
    'A request with this Idempotency-Key is still being processed; retry in a moment.',
  );
}

export function reusedError(outcome: Extract<ClaimOutcome, { kind: 'reused' }>): AppError {
  return new AppError(
    422,
    'idempotency-key-reused',
    'Idempotency key reused',
    `This Idempotency-Key was already used for another request (${outcome.method} ${outcome.path} with a different body); use a new key for a new request.`,
  );
}

export function keyDates(ctx: AppContext): { expiredBefore: Date; abandonedBefore: Date; now: Date } {
  return {
    expiredBefore: toDate(ctx, IDEMPOTENCY_KEY_TTL_HOURS * 3600),
    abandonedBefore: toDate(ctx, IN_FLIGHT_TIMEOUT_SECONDS),
    now: toDate(ctx),
  };
}

function payloadBytes(payload: unknown): Buffer | null {
  if (payload === null || payload === undefined) return Buffer.alloc(0);
  if (typeof payload === 'string') return Buffer.from(payload);
  if (Buffer.isBuffer(payload)) return payload;
  return null;
}

/**
 * Idempotency-Key on mutating API requests (DESIGN: conventions; issue 2, item 3), after the
 * Stripe/IETF draft "The Idempotency-Key HTTP Header Field":
 * - the first request with a key runs, and its response is stored;
 * - a retry with the same key and the same method, path and body gets the stored response again,
 *   marked `Idempotent-Replayed: true`, and nothing runs twice;
 * - the same key with another body (or method, or path) is refused with 422;
 * - the same key while the first request is still running is refused with 409.
 * A route whose request or response carries a secret opts out with `config: { idempotency: false }`;
 * and whatever the route says, a request or response with a secret field (see SECRET_FIELD) is
 * never stored: the key is given back and a retry runs again.
 * Keys are scoped to the logged-in user (or, anonymous, to the client address) and live 24 hours.
 * The key is claimed after validation and authentication: a request refused there never ran, so a
 * corrected retry may use the same key. A server fault (5xx) gives the key back so a retry can run:
 * services write in one transaction, so a failed request changed nothing. The stored response is
 * written after the effect commits, not in its transaction: if the process dies in between, the key
 * looks abandoned after IN_FLIGHT_TIMEOUT_SECONDS and a retry would run again.
 */
export function registerIdempotency(app: KlasseApp, ctx: AppContext): void {
  app.addHook('preValidation', async (request) => {
    if (!MUTATING_METHODS.has(request.method) || request.routeOptions.config?.idempotency === false) return;
    if (holdsSecret(request.body)) return;
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined) return;
    if (typeof header !== 'string' || !SANE_KEY.test(header)) {
      throw new ValidationError([
        {
          path: `headers.${IDEMPOTENCY_KEY_HEADER}`,
          message: 'must be one value of 1 to 255 printable characters without spaces, such as a UUID',
        },
      ]);
    }
    // Hashed before validation, from the body as the client sent it (validation may transform it).
    const requestHash = createHash('sha256').update(canonical(request.body)).digest('hex');
    states.set(request, {
      key: header,
      requestHash,
      claimed: false,
      inTransaction: request.routeOptions.config?.idempotencyInTransaction === true,
      settled: false,
    });
  });

  app.addHook('preHandler', async (request, reply) => {
    const state = states.get(request);
    if (!state) return;
    state.scope = scopeOf(request);
    // The route claims nothing ahead: it writes key and answer in its own transaction (transaction.ts).
    if (state.inTransaction) return;
    const dates = keyDates(ctx);
    const outcome = await claimKey(
      ctx.db,
      claimOf(request, { ...state, scope: state.scope }),
      dates.expiredBefore,
      dates.abandonedBefore,
      dates.now,
    );
    switch (outcome.kind) {
      case 'claimed':
        state.claimed = true;
        return;
      case 'replay':
        return sendReplay(reply, outcome.response);
      case 'in-flight':
        throw inProgressError();
      case 'reused':
        throw reusedError(outcome);
    }
  });

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const state = states.get(request);
    if (state?.inTransaction && !state.settled && state.scope !== undefined) {
      await storeRefusal(ctx, request, reply, { ...state, scope: state.scope }, payload);
      return payload;
    }
    if (!state?.claimed || state.scope === undefined) return payload;
    state.claimed = false;
    try {
      const body = payloadBytes(payload);
      if (
        reply.statusCode >= 500 ||
        body === null ||
        jsonHoldsSecret(reply.getHeader('content-type'), body)
      ) {
        if (body === null) request.log.warn('a streamed response cannot be stored for replay; key released');
        await releaseKey(ctx.db, state.scope, state.key);
        return payload;
      }
      await completeKey(
        ctx.db,
        state.scope,
        state.key,
        { status: reply.statusCode, headers: replayedHeaders(reply), body },
        toDate(ctx),
      );
    } catch (error) {
      request.log.error({ err: error }, 'could not store the response of an idempotent request');
    }
    return payload;
  });
}

/**
 * A route that writes its key in its own transaction and refused the request (4xx): the refusal is
 * stored like any answer, so a retry gets it again, unless a request with the key was stored first.
 * A 5xx stores nothing: the transaction rolled back, and a retry runs again.
 */
async function storeRefusal(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  state: KeyState & { scope: string },
  payload: unknown,
): Promise<void> {
  state.settled = true;
  const body = payloadBytes(payload);
  if (reply.statusCode < 400 || reply.statusCode >= 500 || body === null) return;
  if (jsonHoldsSecret(reply.getHeader('content-type'), body)) return;
  const dates = keyDates(ctx);
  try {
    await storeKeyWithResponse(
      ctx.db,
      claimOf(request, state),
      { status: reply.statusCode, headers: replayedHeaders(reply), body },
      dates.expiredBefore,
      dates.abandonedBefore,
      dates.now,
    );
  } catch (error) {
    request.log.error({ err: error }, 'could not store the refusal of an idempotent request');
  }
}

function replayedHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/** Deletes keys past their lifetime now and every hour while the server runs. */
export function scheduleIdempotencyCleanup(app: KlasseApp, ctx: AppContext): void {
  let timer: NodeJS.Timeout | undefined;
  const cleanup = async () => {
    try {
      const deleted = await deleteExpiredKeys(ctx.db, toDate(ctx, IDEMPOTENCY_KEY_TTL_HOURS * 3600));
      if (deleted > 0) ctx.logger.debug({ deleted }, 'expired idempotency keys deleted');
    } catch (error) {
      ctx.logger.warn({ err: error }, 'could not delete expired idempotency keys');
    }
  };
  app.addHook('onReady', async () => {
    await cleanup();
    timer = setInterval(() => void cleanup(), CLEANUP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
  });
}
