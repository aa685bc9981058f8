/**
 * The one way the web app talks to /api. Cookies ride along on every request; mutating requests
 * carry the session's CSRF token (the server refuses them without it) and the Idempotency-Key of
 * their user action (action-keys.ts), so a request the network delivers twice, or a user's retry
 * after a timeout, has its effect once (DESIGN: conventions).
 */

import { ActionKeys, outcomeOf } from './action-keys.ts';

export interface ProblemFieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem the server answered with, or one made up for a failure that had none. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];

  constructor(
    status: number,
    type: string,
    title: string,
    detail?: string,
    errors: ProblemFieldError[] = [],
  ) {
    super(detail ?? title);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
  }

  /** The message for one field, matched on its path ('email', 'lines.2.price'). */
  fieldError(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }
}

/** Status 0: no answer at all (server down, network gone). The page says so in the user's language. */
export const NETWORK_PROBLEM_TYPE = 'about:network';

/**
 * While Klasse starts (its database opening, migrating, getting demo data) the API answers 503 with
 * this type and Retry-After; the web app itself is already served (issue 12, item 17).
 */
export const STARTING_PROBLEM_TYPE = 'https://klasse.dev/problems/starting';

let serverStarting = false;
const startingListeners = new Set<() => void>();

function setServerStarting(next: boolean): void {
  if (next === serverStarting) return;
  serverStarting = next;
  for (const listener of startingListeners) listener();
}

/** True while a read waits for a starting server; pages show that Klasse is starting. */
export function isServerStarting(): boolean {
  return serverStarting;
}

export function subscribeServerStarting(listener: () => void): () => void {
  startingListeners.add(listener);
  return () => startingListeners.delete(listener);
}

/** A 503 "starting" answer: how many seconds to wait before asking again; else null. */
async function startingRetryAfter(response: Response): Promise<number | null> {
  if (response.status !== 503) return null;
  try {
    const body = (await response.clone().json()) as { type?: unknown };
    if (body.type !== STARTING_PROBLEM_TYPE) return null;
  } catch {
    return null;
  }
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 10) : 2;
}

function wait(seconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
const actionKeys = new ActionKeys(newIdempotencyKey);
let onUnauthorized: (() => void) | null = null;
let language = 'nl';

export function setCsrfToken(token: string | null): void {
  // Another session (logged out, or someone else logged in): no action of the last one goes on.
  if (token !== csrfToken) actionKeys.clear();
  csrfToken = token;
}

/** Sent as Accept-Language, so the server may word its problems in the language the user reads. */
export function setRequestLanguage(next: string): void {
  language = next;
}

/** Called when an API call answers 401 after login: the session expired or was ended elsewhere. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/**
 * crypto.randomUUID exists only in secure contexts (https or localhost); Klasse on a LAN address over
 * plain http is not one, so build the same version-4 UUID from getRandomValues there.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function problemFrom(response: Response): Promise<ApiProblem> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status line below.
  }
  if (isRecord(body) && typeof body.title === 'string') {
    const errors = Array.isArray(body.errors)
      ? body.errors
          .filter(isRecord)
          .map((e) => ({ path: String(e.path ?? ''), message: String(e.message ?? '') }))
      : [];
    return new ApiProblem(
      response.status,
      typeof body.type === 'string' ? body.type : 'about:blank',
      body.title,
      typeof body.detail === 'string' ? body.detail : undefined,
      errors,
    );
  }
  return new ApiProblem(response.status, 'about:blank', response.statusText || `HTTP ${response.status}`);
}

export interface RequestOptions {
  /** Login itself answers 401 for a wrong password; that is not an expired session. */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
}

export async function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  const text = body === undefined ? undefined : JSON.stringify(body);
  if (text !== undefined) headers['content-type'] = 'application/json';
  const mutating = method !== 'GET';
  if (mutating) {
    headers['idempotency-key'] = actionKeys.keyFor(method, path, text);
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  const settle = (status: number, problemType?: string) => {
    if (mutating) actionKeys.settle(method, path, text, outcomeOf(status, problemType));
  };
  let response: Response;
  try {
    for (;;) {
      response = await fetch(path, {
        method,
        headers,
        credentials: 'include',
        body: text,
        signal: options.signal,
      });
      // A read is safe to repeat: it waits for a starting server. A change is answered at once
      // (the page shows "Klasse is starting"), so the user decides to try it again.
      const retryAfter = mutating ? null : await startingRetryAfter(response);
      if (retryAfter === null) break;
      setServerStarting(true);
      await wait(retryAfter, options.signal);
    }
    if (!mutating) setServerStarting(false);
  } catch (error) {
    // No answer (network gone, timeout, aborted): the action's outcome is unknown, its key kept.
    settle(0);
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(0, NETWORK_PROBLEM_TYPE, 'Network error');
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    settle(problem.status, problem.type);
    if (problem.status === 401 && !options.expectUnauthorized) onUnauthorized?.();
    throw problem;
  }
  settle(response.status);
  if (response.status === 204) return undefined as T;
  const answer = await response.text();
  return (answer === '' ? undefined : JSON.parse(answer)) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => apiRequest<T>('DELETE', path, undefined, options),
};
