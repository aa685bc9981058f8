import { AppError } from '../errors.ts';
import type { KlasseApp } from './types.ts';

/**
 * How deeply a request body may nest arrays and objects. Klasse's deepest legitimate body (a terms
 * document) nests 12 to 13 levels; 64 leaves room and keeps every later recursive walk (zod, the
 * idempotency hash, logging) far from the stack limit, which 20,000 levels of `[` overflow (issue 12,
 * item 3: under 1 MB, a 500 from the idempotency plugin's walk).
 */
export const MAX_BODY_DEPTH = 64;

/**
 * The nesting depth of a parsed JSON value, counted without recursion so the count itself cannot
 * overflow the stack; it stops as soon as `limit` is passed, so a hostile body costs no more than
 * the part of it that fits under the limit.
 */
export function nestingDepthExceeds(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const inner = next.value;
    if (inner === null || typeof inner !== 'object' || Buffer.isBuffer(inner)) continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(inner) ? inner : Object.values(inner);
    for (const child of children) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth });
    }
  }
  return false;
}

/**
 * Refuses a body nested deeper than MAX_BODY_DEPTH with a 400 problem, for every route, before any
 * other hook or the validator walks it. Registered on the root instance, so its preValidation hook
 * runs ahead of those of the API scope (the idempotency plugin's among them).
 */
export function registerBodyDepthLimit(app: KlasseApp): void {
  app.addHook('preValidation', async (request) => {
    if (request.body === null || typeof request.body !== 'object') return;
    if (!nestingDepthExceeds(request.body, MAX_BODY_DEPTH)) return;
    throw new AppError(
      400,
      'body-too-deeply-nested',
      'Request body nested too deeply',
      `The JSON body nests arrays and objects more than ${MAX_BODY_DEPTH} levels deep, the most Klasse accepts. Nothing was changed.`,
      [{ path: 'body', message: `nests more than ${MAX_BODY_DEPTH} levels of arrays and objects` }],
    );
  });
}
