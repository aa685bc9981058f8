/**
 * The one way the web app talks to /api. Cookies ride along on every request; mutating requests
 * carry the session's CSRF token (the server refuses them without it) and a fresh Idempotency-Key,
 * so a request the network delivers twice has its effect once (DESIGN: conventions).
 */

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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;
let language = 'nl';

export function setCsrfToken(token: string | null): void {
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
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    headers['idempotency-key'] = newIdempotencyKey();
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'include',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(0, NETWORK_PROBLEM_TYPE, 'Network error');
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    if (problem.status === 401 && !options.expectUnauthorized) onUnauthorized?.();
    throw problem;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
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
