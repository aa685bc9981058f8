/**
 * What every API request passes before its route sees it (issue 12, items 1 and 9; docs/security.md,
 * "Input handling"):
 *
 * - A request without a login may carry a small body only. Its size is checked against the
 *   Content-Length before a byte is read, and counted while reading when there is none, so an
 *   anonymous client cannot make the server parse or validate megabytes (a route's own, larger
 *   bodyLimit is for logged-in users). Routes that need a login refuse a visitor before the body.
 * - No string anywhere in the body, the query or the path may hold the NUL character: PostgreSQL
 *   cannot store it in text, so it would end as a 500. One check here covers every route, every
 *   field and every object key, before validation, and names each field that holds one.
 *
 * The walk over the body is iterative, so no nesting depth can overflow the stack.
 */
import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../errors.ts';
import type { KlasseApp } from './types.ts';

/** Enough for a login or any form; a visitor has no reason to send more. */
export const ANONYMOUS_BODY_LIMIT = 16 * 1024;

/** At most this many fields are named in one answer; the rest are summed up in the detail. */
const MAX_NAMED_FIELDS = 20;

export class AnonymousBodyTooLargeError extends AppError {
  constructor() {
    super(
      413,
      'payload-too-large',
      'Request body too large',
      `Without a login a request body may be at most ${ANONYMOUS_BODY_LIMIT} bytes. Log in first.`,
    );
  }
}

export class NulCharacterError extends AppError {
  constructor(errors: FieldError[], total: number) {
    super(
      400,
      'nul-character',
      'Text with a NUL character',
      `${total === 1 ? 'A field holds' : `${total} fields hold`} the NUL character (U+0000), which no text may contain. Nothing was changed.`,
      errors,
    );
  }
}

/** Counts the bytes of an anonymous body as they arrive, and stops at the limit. */
class ByteLimit extends Transform {
  #seen = 0;
  /** Fastify compares this with the Content-Length it was told, as it does for its own streams. */
  receivedEncodedLength = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#seen += chunk.length;
    this.receivedEncodedLength = this.#seen;
    if (this.#seen > ANONYMOUS_BODY_LIMIT) done(new AnonymousBodyTooLargeError());
    else done(null, chunk);
  }
}

function joinPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/** Every path under `root` whose string (or object key) holds a NUL; iterative, any depth. */
export function pathsWithNul(value: unknown, root: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const [item, path] = next;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) found.push(path);
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], joinPath(path, String(i))]);
    } else if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, inner] = entries[i] as [string, unknown];
        const at = joinPath(path, key.replaceAll('\u0000', '\\u0000'));
        if (key.includes('\u0000')) found.push(at);
        else stack.push([inner, at]);
      }
    }
  }
  // Paths named as problem.ts names them: body fields bare, others after where they were.
  return found.map((path) => (root === 'body' ? path || 'body' : path ? `${root}.${path}` : root));
}

function nulFields(request: FastifyRequest): string[] {
  return [
    ...pathsWithNul(request.params, 'params'),
    ...pathsWithNul(request.query, 'querystring'),
    ...pathsWithNul(request.body, 'body'),
  ];
}

/** Registers both guards on the API's scope, before the routes and before any other body hook. */
export function registerInputGuards(api: KlasseApp): void {
  api.addHook('preParsing', async (request, _reply, payload) => {
    if (request.actor) return payload;
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > ANONYMOUS_BODY_LIMIT) throw new AnonymousBodyTooLargeError();
    // With a Content-Length Fastify reads no more than it says; a chunked body is counted instead.
    if (request.headers['transfer-encoding'] === undefined) return payload;
    return payload.pipe(new ByteLimit());
  });

  api.addHook('preValidation', async (request) => {
    const paths = nulFields(request);
    if (paths.length === 0) return;
    const errors = paths.slice(0, MAX_NAMED_FIELDS).map((path) => ({
      path,
      message: 'must not contain the NUL character (U+0000)',
    }));
    throw new NulCharacterError(errors, paths.length);
  });
}
